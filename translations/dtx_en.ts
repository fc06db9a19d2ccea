<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>&lt;li&gt;%1 needs &lt;b&gt;%Ln node(s)&lt;/b&gt; (%2, %3).&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 needs &lt;b&gt;%Ln node&lt;/b&gt; (%2, %3).&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 needs &lt;b&gt;%Ln nodes&lt;/b&gt; (%2, %3).&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::CoreTerms</name>
    <message numerus="yes">
        <source>PP-Group mode needs at least two pipeline groups of %Ln node(s) each</source>
        <translation>
            <numerusform>PP-Group mode needs at least two pipeline groups of %Ln node each</numerusform>
            <numerusform>PP-Group mode needs at least two pipeline groups of %Ln nodes each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::DetectionTab</name>
    <message numerus="yes">
        <source>Each of %Ln correlated endpoints exchanges %1 each way every %2: %3 sustained each way if streamed, or a burst %4 of the time. Over the run that is %5 per endpoint and %6 for the fleet; each link is %7 below the treaty&apos;s 25 Gbit/s interconnect criterion.</source>
        <translation>
            <numerusform>The %Ln correlated endpoint exchanges %1 each way every %2: %3 sustained each way if streamed, or a burst %4 of the time. Over the run that is %5 per endpoint and %6 for the fleet; its link is %7 below the treaty&apos;s 25 Gbit/s interconnect criterion.</numerusform>
            <numerusform>Each of %Ln correlated endpoints exchanges %1 each way every %2: %3 sustained each way if streamed, or a burst %4 of the time. Over the run that is %5 per endpoint and %6 for the fleet; each link is %7 below the treaty&apos;s 25 Gbit/s interconnect criterion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::EvidenceText</name>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× weaker than %4 measured (%5).</source>
        <translation>
            <numerusform>The model&apos;s replica penalty (%1 more loss with %n replica) is %2–%3× weaker than %4 measured (%5).</numerusform>
            <numerusform>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× weaker than %4 measured (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× stronger than %4 measured (%5).</source>
        <translation>
            <numerusform>The model&apos;s replica penalty (%1 more loss with %n replica) is %2–%3× stronger than %4 measured (%5).</numerusform>
            <numerusform>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× stronger than %4 measured (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) lies within what %2 measured (%3).</source>
        <translation>
            <numerusform>The model&apos;s replica penalty (%1 more loss with %n replica) lies within what %2 measured (%3).</numerusform>
            <numerusform>The model&apos;s replica penalty (%1 more loss with %n replicas) lies within what %2 measured (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power: %1 for the fleet at 15–20 kW a node; the nearest upstream example is %2 (%Ln nodes), which it rates %3 detectability [GA §6.7, §6.8].</source>
        <translation>
            <numerusform>Power: %1 for the fleet at 15–20 kW a node; the nearest upstream example is %2 (%Ln node), which it rates %3 detectability [GA §6.7, §6.8].</numerusform>
            <numerusform>Power: %1 for the fleet at 15–20 kW a node; the nearest upstream example is %2 (%Ln nodes), which it rates %3 detectability [GA §6.7, §6.8].</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::HeadlinePanel</name>
    <message numerus="yes">
        <source>%Ln node(s) of %1, %2, %3, %4 ms</source>
        <translation>
            <numerusform>%Ln node of %1, %2, %3, %4 ms</numerusform>
            <numerusform>%Ln nodes of %1, %2, %3, %4 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln node(s)&lt;/b&gt; (%1)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln node&lt;/b&gt; (%1)</numerusform>
            <numerusform>&lt;b&gt;%Ln nodes&lt;/b&gt; (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Model revision %1: &lt;b&gt;%Ln node(s) of %2&lt;/b&gt; (%3 over %4, %5 ms) %6 in %7 for %8; %9.</source>
        <translation>
            <numerusform>Model revision %1: &lt;b&gt;%Ln node of %2&lt;/b&gt; (%3 over %4, %5 ms) %6 in %7 for %8; %9.</numerusform>
            <numerusform>Model revision %1: &lt;b&gt;%Ln nodes of %2&lt;/b&gt; (%3 over %4, %5 ms) %6 in %7 for %8; %9.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::MapTab</name>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerSummary</name>
    <message numerus="yes">
        <source>%1: groups of %Ln node(s) sync %2 times per WAN sync</source>
        <translation>
            <numerusform>%1: groups of %Ln node sync %2 times per WAN sync</numerusform>
            <numerusform>%1: groups of %Ln nodes sync %2 times per WAN sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScaleTab</name>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::TrainingRunTab</name>
    <message numerus="yes">
        <source>Within the limit from %Ln node(s)</source>
        <translation>
            <numerusform>Within the limit from %Ln node</numerusform>
            <numerusform>Within the limit from %Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan (%Ln node(s))</source>
        <translation>
            <numerusform>This plan (%Ln node)</numerusform>
            <numerusform>This plan (%Ln nodes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::UncertaintyTab</name>
    <message numerus="yes">
        <source>With these inputs, %Ln node(s) reach a median C_quality of %1 (90 % between %2 and %3); they cross %4 with probability %5 and %6 with probability %7</source>
        <translation>
            <numerusform>With these inputs, %Ln node reaches a median C_quality of %1 (90 % between %2 and %3); it crosses %4 with probability %5 and %6 with probability %7</numerusform>
            <numerusform>With these inputs, %Ln nodes reach a median C_quality of %1 (90 % between %2 and %3); they cross %4 with probability %5 and %6 with probability %7</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This scenario: %Ln node(s)</source>
        <translation>
            <numerusform>This scenario: %Ln node</numerusform>
            <numerusform>This scenario: %Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C_quality at %Ln node(s): %1 samples</source>
        <translation>
            <numerusform>C_quality at %Ln node: %1 samples</numerusform>
            <numerusform>C_quality at %Ln nodes: %1 samples</numerusform>
        </translation>
    </message>
</context>
</TS>
