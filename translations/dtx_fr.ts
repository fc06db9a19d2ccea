<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Decentralized training under the treaty&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&apos;small&apos;&gt;Decentralized Training Explorer brief, %1. Scenario: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Key findings&lt;/h2&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;The run reaches &lt;b&gt;%1&lt;/b&gt;, %2 the treaty&apos;s Strict Threshold of %3.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 needs &lt;b&gt;%2 nodes&lt;/b&gt; (%3 GPUs, %4).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 is not reachable within %2 nodes.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Each node stays &lt;b&gt;under the registration thresholds&lt;/b&gt; (%1 H100-equivalents against a limit of %2).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Each node &lt;b&gt;must be registered&lt;/b&gt; under the current thresholds.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Synchronising over the internet keeps %1 of the compute (eta); a quality-adjusted %2 remains once model size and data are weighed (C_quality).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;These inputs give no result: %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Headline figures&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Inputs&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth / latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression quality scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCC threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> H100-equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources behind the assumptions&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Assumption&lt;/th&gt;&lt;th&gt;Source&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the model leaves out&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Efficiency figures extrapolate published DiLoCo results; 100× compression is validated only at 512 M parameters.&lt;/li&gt;&lt;li&gt;Hardware is priced at purchase; power, buildings, networking and staff are not counted.&lt;/li&gt;&lt;li&gt;Nodes are assumed identical and always available; failures and churn are covered only by the straggler factor.&lt;/li&gt;&lt;li&gt;The treaty&apos;s chip tracking, financial monitoring and consolidation rules are not modelled: they may stop an actor long before the compute figures matter.&lt;/li&gt;&lt;li&gt;Quality-adjusted compute uses a Chinchilla fit; other scaling regimes would move it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decentralized training under the treaty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::NetworkProfiles</name>
    <message>
        <source>Same cloud region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same continent (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continental US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transatlantic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East–Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global worst-case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocated (same metro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same country (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continental (US coasts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continental (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (adversarial)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::Appearance</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::CollateralCatchChart</name>
    <message>
        <source>CCC threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems each threshold catches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems caught (of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T = %1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L = %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L = %1 GB (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L: no rule (now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::CollateralTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would have to register under the thresholds set in the Treaty inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays unregistered under the thresholds set in the Treaty inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 capacity in H100 units (FP16 TFLOPS / 990)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered when H100-equivalents exceed the CCC threshold T = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered when VRAM exceeds %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory threshold is set in the Treaty inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM
(GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16
TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100-eq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught:
CCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught:
memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::CompareTab</name>
    <message>
        <source>C_local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× Strict Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current inputs for comparison (up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a pinned column&apos;s header to unpin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local against node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local against WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned columns show their difference from the current scenario; changed figures are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ControlPanel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nodes train together. Each is one machine room below the registration threshold; they exchange pseudo-gradients over the WAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the nodes sit (MODEL.md §11): sets the WAN bandwidth and round-trip latency together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom bandwidth and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric internet bandwidth of each node, in megabits per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time between nodes, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the nodes train together (MODEL.md §4–§7). Default: flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression quality scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much quality lossy pseudo-gradient compression costs (MODEL.md §3). Default: expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw pseudo-gradient (16× is 4-bit quantization with sparsification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica penalty (more replicas, less efficient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DiLoCo loses efficiency as replicas are added (MODEL.md §3). Default: on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stragglers (slowest node sets the pace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sync waits for the slowest of n nodes: f(n) = 1 + 0.05 log2 n (MODEL.md §3). Default: on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hierarchical:&lt;/b&gt; regional groups sync often over a fast regional link, then globally over the WAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes per regional group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes that share one fast regional link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth inside a regional group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip inside a regional group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MoE:&lt;/b&gt; experts are spread over nodes; every layer adds an all-to-all round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All experts together, in billions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters used per token, in billions; at most the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoE layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers with experts: one all-to-all each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PP-Group:&lt;/b&gt; a model too big for one node is split into pipeline stages; groups of stages run DiLoCo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much smaller the activations sent between stages are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches per pipeline step (GPipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage link bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth between pipeline stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage link latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip between pipeline stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the run lasts: the window before enforcement or a better run catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of peak throughput training achieves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per inner step on each node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense model size in billions of parameters. Flat and hierarchical runs need it to fit one node; PP-Group needs it larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration threshold (CCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster above this much FP16 compute must be registered (covered computing cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also register nodes above a memory threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A countermeasure the treaty does not have yet (MODEL.md §10): register any node with more VRAM than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes with more HBM than this must register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10^x FLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compute the treaty prohibits, as a power of ten (24 = 10²⁴ FLOP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size: twice the largest that fits one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size: the largest that fits one node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::CoreTerms</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scientific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat streaming DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchical DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoE with expert parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group: pipeline groups + DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no quality loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; it must be from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; it must be greater than %2 and at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 B, but at most %2 B fit on one node; use PP-Group mode for larger models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model fits on one node; PP-Group mode needs a model larger than one node (use flat mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group mode needs at least two pipeline groups of %1 nodes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the growth rates sum to %1 orders of magnitude a year; the sum must be at least %2 unless a maximum run length is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::CountermeasuresTab</name>
    <message>
        <source>A100 80GB nodes (FP16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100 SXM nodes (FP8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100 FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes needed vs CCC threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCC threshold T (H100-equivalents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet cost vs CCC threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cost (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes needed vs memory threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory threshold L (GB per node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Legitimate systems the thresholds would register&lt;/b&gt; (highlighted rows are caught)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleets of the largest node under each threshold, A100 80GB at FP16 (solid) or H100 SXM at FP8 (dashed), training the largest model that fits in flat DiLoCo. Network (%1, %2 ms), training inputs, time budget (%3) and assumptions are the current scenario&apos;s; fleets over %4 nodes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L ≤ %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware catalog has no GPU for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at any T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at any L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond %1 nodes, so left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target is reachable within %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current
T = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current CCC threshold, T = %1 H100-equivalents, lies outside the plotted range (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current
L = %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current memory threshold, %1 GB, lies outside the plotted range (%2 to %3 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::DutyCycleChart</name>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty cycle of one outer step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ExplorerCommandLine</name>
    <message>
        <source>Explore how much training compute many small, unregistered nodes reach over the internet with DiLoCo-style training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the scenario in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window into a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --grab: the tab to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --grab: the window size in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive 200 slider changes offscreen, print the update times and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in that UI language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use --scenario FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grab and --bench-interaction exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WxH between 320x240 and %2x%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tab: unknown tab &apos;%1&apos;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::Format</name>
    <message>
        <source>%1 FLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::HeadlinePanel</name>
    <message>
        <source>flat DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hierarchical DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoE DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group DiLoCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local-equivalent compute C_local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a single co-located cluster would need for the same result: C_actual × eta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-adjusted C_quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local times the Chinchilla efficiency of the model size and token count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the hardware&apos;s compute that counts, after synchronisation, compression and replica losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase price of every GPU in every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters trained (active parameters for MoE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens seen in the time budget, and their ratio to the Chinchilla-optimal 20 tokens per parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local steps between synchronisations, just enough to hide the sync behind compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty status of each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether one node stays under the registration thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest nodes of this kind, with every other input as set, whose C_local reaches each target (MODEL.md §9), and what their GPUs cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the note below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest nodes to reach a target: not applicable to these inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9b1c1c&apos;&gt;&lt;b&gt;No result for these inputs:&lt;/b&gt; %1 (input &lt;code&gt;%2&lt;/code&gt;).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the Strict Threshold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinchilla efficiency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs in %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 in all experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest on one node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the Chinchilla-optimal count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync every %1 of compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 H100-equivalents per node (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1 the Strict Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach only %1 of the Strict Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node needs registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each node must be registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 nodes of %2&lt;/b&gt; (%3 over %4, %5 ms) %6 in %7 for %8; %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2 nodes&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not within %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest nodes to reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ImageExportDialog</name>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG: 96 is the screen, 192 sharp on slides, 300 for print. SVG and PDF are vector images and ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::MainWindow</name>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Decentralized Training Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a policy &amp;brief (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write policy brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all plots and tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset plot views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all &amp;inputs to the reference scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the &amp;story (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin the scenario for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four scenarios are pinned already; unpin one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the Decentralized Training Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decentralized Training Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;How much training compute can many small, unregistered nodes reach over ordinary internet links with DiLoCo-style training, at what cost, and which treaty thresholds would stop them?&lt;/p&gt;&lt;p&gt;Every figure follows the evaluation model (MODEL.md). Hover a plot for exact values; drag to pan, scroll to zoom, double-click to reset the view.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ModelSizeCandidateTable</name>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× largest
flat model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local
(FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_quality
(FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinchilla
efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size as a multiple of the largest model that fits one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of C_local a compute-optimal run would need for the same loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ModelSizeTab</name>
    <message>
        <source>flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-adjusted compute against model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size (billions of parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates of the search, best first&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinchilla-optimal
N_opt = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinchilla-optimal size for this compute budget, N_opt = %1, lies outside the plotted sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate applies to these inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Best: %1 at %2 the largest flat model (%3)&lt;/b&gt;, C_quality %4.&lt;br&gt;Best is %5 the largest flat candidate&apos;s C_quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: C_local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group: C_local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: C_quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group: C_quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat candidates (§8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP-Group candidates (§8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: %1 = %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search keeps this scenario&apos;s node (largest model on one node: %1), node count (%2), network, training inputs and assumptions, and varies the model size: flat DiLoCo up to one node&apos;s memory, PP-Group DiLoCo (the model split across nodes) beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s hierarchical mode is not used: every candidate syncs over the WAN without regional groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s mixture-of-experts settings are not used: the search treats the node as training a dense model of each size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PP-Group run applies: it needs at least two pipeline groups, each as many nodes as the model needs stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::NetworkTab</name>
    <message>
        <source>Training compute against WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency eta against WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner steps between synchronisations against WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compute against WAN latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN round-trip latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta, this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta = %1: compute-bound above, communication-bound below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective inner steps H_eff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::NodeSelector</name>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Throughput&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 PFLOPS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Memory (VRAM)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 GB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;H100-equivalents&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Largest model&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cost per node&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom node from the hardware catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The machine room every node is: one of the four reference presets of the model (MODEL.md §1), or K GPUs of one type from the hardware catalog. Default: 48x A100 80GB.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs in one node (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16: 16 bytes of training state per parameter, 16-bit pseudo-gradients. FP8: the GPU&apos;s FP8 throughput, 14 bytes per parameter, 8-bit pseudo-gradients (MODEL.md §1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 / BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node as given in the scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 H100-equivalents allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 GB VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Under the thresholds: no registration
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Over a threshold: must register
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerInputsPanel</name>
    <message>
        <source>Use the explorer&apos;s cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy node count, node PFLOPS, VRAM, MFU, WAN bandwidth and latency, compression and local batch from the scenario in the Inputs dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum run length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameter count P of the model to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trillion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tokens D; the run ends when all have been seen once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of experts (MoE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the active parameters compute each token; the experts can be split over several nodes (expert parallelism).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters that compute each token (P_act), at most the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoE layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers with experts; each costs two all-to-all round trips per step when the experts are split over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every node holds all experts. regional: experts split within a group of nodes. global: experts split over all nodes, over the WAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine rooms that train together over the WAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak training throughput of one node (the reference is 16x GH200, credited with 32 PFLOPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory of one node. A model whose training state does not fit is split into pipeline stages over several nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of peak throughput training achieves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric internet bandwidth of each node, in megabits per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time between nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local steps between two synchronisations. More steps hide a slow network but cost some learning efficiency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw pseudo-gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per inner step on each node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training precision: 16 / 14 / 13 bytes of training state per parameter and 2 / 1 / 0.5 bytes per value sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming (overlap sync with compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming DiLoCo sends the pseudo-gradient while the next block computes; without it the two run one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stragglers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every sync waits for the slowest node. threshold: a deadline drops late updates (costs efficiency). redundancy: one spare node per ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (only when the model does not fit one node):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much smaller the activations sent between pipeline stages are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches per pipeline step; more of them shrink the pipeline bubble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes sync within regional groups over a faster link, and only every R regional rounds over the WAN. The regional link also joins pipeline stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes in one regional group (also the expert-parallel group for regional experts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth inside a regional group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip inside a regional group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional rounds R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional synchronisations per WAN synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straggler model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of k nodes waits for the slowest: 1 + 0.05 log2 k times longer. Off: every node is equally fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency penalty of rare syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DiLoCo learns less per token the more inner steps pass between syncs (Charles et al. 2025); the run takes longer by that factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the limit by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the limit follows from how fast hardware, software and investment grow (Epoch AI, &quot;The longest training run&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest run worth starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of magnitude per year by which FLOP per dollar grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of magnitude per year of algorithmic progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of magnitude per year by which training budgets grow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerSummary</name>
    <message>
        <source>Network-bound: the model does not fit one node and there are too few nodes for two pipelines, so one pipeline runs over the WAN; passing activations between its stages outlasts the computing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute-bound: the model does not fit one node and there are too few nodes for two pipelines, so one pipeline runs over the WAN; its computing outlasts passing activations between stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network-bound: each WAN sync takes %1, the compute between WAN syncs only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network-bound: each sync takes %1, the compute block between syncs only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming overlaps them, so the sync sets the pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without streaming the two add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute-bound: the compute block between syncs takes %1, each sync only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming hides the sync completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without streaming the sync still adds its time to every block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every node is one DiLoCo replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: groups of %2 nodes sync %3 times per WAN sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pipelines of %3 stages (the model does not fit one node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one pipeline of %2 stages over the WAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; mixture of experts, %1 of %2 active, experts split: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the efficiency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global MFU / HFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest model per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum run length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training takes %1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes in %1, within the maximum run length of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 exceeds the maximum run length of %2. A run started later, on better hardware and software, would finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moving activations per pipeline step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (penalty off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from growth of %2 orders of magnitude a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the input “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlotView</name>
    <message>
        <source>Strict Threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting in this range gives a valid configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid configuration:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::PresentationMode</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Left arrow or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Right arrow or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this scenario as a step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its message, in one sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtx stories (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save story as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;built-in story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story has no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave with Esc, then add scenarios with View → Story → Add this scenario as a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 / 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario before the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::RunLengthLimitLine</name>
    <message>
        <source>Maximum run length (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScaleTab</name>
    <message>
        <source>Training compute against node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency eta against node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware cost against node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cost (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: C_local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta, this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario: %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScenarioEditCommand</name>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScenarioFiles</name>
    <message>
        <source>dtx scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The current scenario is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::SliderField</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1 to %2 %3%4. Default %5 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, logarithmic slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default, %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::TimeTab</name>
    <message>
        <source>Training compute against the time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sensible run against total growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total growth (orders of magnitude per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sensible run (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast compute per dollar improves each year, in orders of magnitude (Epoch AI, &quot;The longest training run&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast algorithms cut the compute a given capability needs, in orders of magnitude per year (Epoch AI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the money spent on the largest runs grows, in orders of magnitude per year (Epoch AI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s growth rates (Epoch AI): about %1 orders of magnitude a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty slowdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three rates scaled down together to a total of %1 orders of magnitude a year, the slowdown MODEL.md §13 assumes under the treaty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Longest sensible training run&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run longer than L is finished sooner by one that starts later with better hardware, better software and a bigger budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L = 1 / ((g_H + g_S + g_I) × ln 10) years, after Epoch AI, &quot;The longest training run&quot; (MODEL.md §13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sensible run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sensible run L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treaty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty slowdown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your inputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario&apos;s budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no growth at all, a later run is never better equipped, so no run is overtaken by waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run longer than %1 is overtaken by a later, better-equipped run. Total growth: %2 orders of magnitude a year. This scenario&apos;s budget of %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::TrainingRunTab</name>
    <message>
        <source>Training time against node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time against WAN bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limit from %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan (%1 nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dtx::ui::UiLanguage</name>
    <message>
        <source>no translation for &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
