<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Decentralized training under the treaty&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Dezentrales Training unter dem KI-Vertrag&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Key findings&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Zentrale Ergebnisse&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The run reaches &lt;b&gt;%1&lt;/b&gt;, %2 the treaty&apos;s Strict Threshold of %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Der Trainingslauf erreicht &lt;b&gt;%1&lt;/b&gt;, das %2 der strikten Schwelle des Vertrags von %3.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 is not reachable within %2 nodes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 ist mit höchstens %2 Knoten nicht erreichbar.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Each node stays &lt;b&gt;under the registration thresholds&lt;/b&gt; (%1 H100-equivalents against a limit of %2).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Jeder Knoten bleibt &lt;b&gt;unter den Schwellenwerten für die Registrierung&lt;/b&gt; (%1 H100-Äquivalente bei einer Grenze von %2).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Each node &lt;b&gt;must be registered&lt;/b&gt; under the current thresholds.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nach den aktuellen Schwellenwerten &lt;b&gt;muss jeder Knoten registriert werden&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Synchronising over the internet keeps %1 of the compute (eta); a quality-adjusted %2 remains once model size and data are weighed (C_quality).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Bei Synchronisation über das Internet bleiben %1 der Rechenleistung erhalten (eta); qualitätsbereinigt verbleiben %2, wenn Modellgröße und Daten berücksichtigt werden (C_quality).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;These inputs give no result: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Diese Eingaben liefern kein Ergebnis: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Headline figures&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h2&gt;Kennzahlen&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Inputs&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h2&gt;Eingaben&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Anzahl der Knoten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>WAN bandwidth / latency</source>
        <translation>WAN-Bandbreite / Latenz</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Pseudogradienten-Kompression</translation>
    </message>
    <message>
        <source>Compression quality scenario</source>
        <translation>Szenario für die Kompressionsqualität</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>CCC threshold</source>
        <translation>CCC-Schwellenwert</translation>
    </message>
    <message>
        <source> H100-equivalents</source>
        <translation> H100-Äquivalente</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources behind the assumptions&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Assumption&lt;/th&gt;&lt;th&gt;Source&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Quellen der Annahmen&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Annahme&lt;/th&gt;&lt;th&gt;Quelle&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the model leaves out&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Efficiency figures extrapolate published DiLoCo results; 100× compression is validated only at 512 M parameters.&lt;/li&gt;&lt;li&gt;Hardware is priced at purchase; power, buildings, networking and staff are not counted.&lt;/li&gt;&lt;li&gt;Nodes are assumed identical and always available; failures and churn are covered only by the straggler factor.&lt;/li&gt;&lt;li&gt;The treaty&apos;s chip tracking, financial monitoring and consolidation rules are not modelled: they may stop an actor long before the compute figures matter.&lt;/li&gt;&lt;li&gt;Quality-adjusted compute uses a Chinchilla fit; other scaling regimes would move it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Was das Modell nicht berücksichtigt&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Die Effizienzwerte extrapolieren veröffentlichte DiLoCo-Ergebnisse; 100× Kompression ist nur bei 512 Mio. Parametern validiert.&lt;/li&gt;&lt;li&gt;Hardware wird zum Kaufpreis angesetzt; Strom, Gebäude, Netzwerk und Personal sind nicht eingerechnet.&lt;/li&gt;&lt;li&gt;Die Knoten gelten als identisch und stets verfügbar; Ausfälle und Fluktuation deckt nur der Nachzügler-Faktor ab.&lt;/li&gt;&lt;li&gt;Die Regeln des Vertrags zur Chip-Nachverfolgung, Finanzüberwachung und Konsolidierung sind nicht modelliert: Sie können einen Akteur stoppen, lange bevor der Rechenaufwand eine Rolle spielt.&lt;/li&gt;&lt;li&gt;Der qualitätsbereinigte Rechenaufwand beruht auf einer Chinchilla-Anpassung; andere Skalierungsregime würden ihn verschieben.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Decentralized training under the treaty</source>
        <translation>Dezentrales Training unter dem KI-Vertrag</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not a session file (%2)</source>
        <translation>%1: keine Sitzungsdatei (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer dtx (session format %2; this version reads %3)</source>
        <translation>%1 wurde von einem neueren dtx geschrieben (Sitzungsformat %2; diese Version liest %3)</translation>
    </message>
    <message>
        <source>%1: not a session file</source>
        <translation>%1: keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Training run plan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Plan des Trainingslaufs&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The planner plans a cluster of its own, set on the Training run tab (not the scenario above).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Planer plant einen eigenen Cluster, der auf dem Reiter „Trainingslauf“ eingestellt ist (nicht das Szenario oben).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The planner plans the scenario above: its nodes, node, model, network and the tokens its time budget trains.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Planer plant das Szenario oben: seine Knoten, den Knotentyp, das Modell, das Netz und die Tokens, die sein Zeitbudget trainiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>mixture of experts, %1 active</source>
        <translation>Mixture of Experts, %1 aktiv</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 PFLOPS, %2 GB each; MFU %3</source>
        <translation>je %1 PFLOPS, %2 GB; MFU %3</translation>
    </message>
    <message>
        <source>Precision, compression</source>
        <translation>Genauigkeit, Kompression</translation>
    </message>
    <message>
        <source>streaming synchronisation</source>
        <translation>überlappende Synchronisation</translation>
    </message>
    <message>
        <source>&lt;p&gt;These inputs cannot be planned: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit diesen Eingaben ist keine Planung möglich: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>network-bound</source>
        <translation>netzgebunden</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <source>Longest sensible run</source>
        <translation>Längster sinnvoller Lauf</translation>
    </message>
    <message>
        <source>the run ends within it</source>
        <translation>der Lauf endet innerhalb dieser Grenze</translation>
    </message>
    <message>
        <source>the run is longer</source>
        <translation>der Lauf dauert länger</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;%1 needs &lt;b&gt;%Ln node(s)&lt;/b&gt; (%2, %3).&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 erfordert &lt;b&gt;%Ln Knoten&lt;/b&gt; (%2, %3).&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 erfordert &lt;b&gt;%Ln Knoten&lt;/b&gt; (%2, %3).&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p class=&apos;small&apos;&gt;Decentralized Training Explorer brief, %1. Scenario: %2. Model revision %3.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;small&apos;&gt;Decentralized Training Explorer, Kurzbericht vom %1. Szenario: %2. Modellrevision %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Under each model revision&lt;/h2&gt;&lt;p&gt;The same inputs evaluated by the seed model (2026-02) and by its authors&apos; April 2026 revision; inputs you did not set take each revision&apos;s defaults.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;</source>
        <translation>&lt;h2&gt;Unter jeder Modellrevision&lt;/h2&gt;&lt;p&gt;Dieselben Eingaben, bewertet vom Ausgangsmodell (2026-02) und von der Revision seiner Autoren vom April 2026; nicht gesetzte Eingaben nehmen die Standardwerte der jeweiligen Revision an.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>C_local</source>
        <translation>C_local</translation>
    </message>
    <message>
        <source>%1 (%2 the Strict Threshold)</source>
        <translation>%1 (das %2 der strikten Schwelle)</translation>
    </message>
    <message>
        <source>C_quality</source>
        <translation>C_quality</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Effizienz eta</translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation>Hardwarekosten</translation>
    </message>
    <message>
        <source>Fewest nodes for %1</source>
        <translation>Mindestens nötige Knoten für %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not within %1</source>
        <translation>nicht mit %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence&lt;/h2&gt;&lt;p&gt;What real decentralised runs reported against what model %1 predicts from their inputs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Belege&lt;/h2&gt;&lt;p&gt;Was reale dezentrale Trainingsläufe berichtet haben, verglichen mit dem, was Modell %1 aus ihren Eingaben vorhersagt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The memory rule for this scenario&apos;s chip&lt;/h2&gt;&lt;p&gt;Covered when a cluster&apos;s FP16 exceeds 16 H100-equivalents or its %1 exceeds %2 GB.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h2&gt;Die Speicherregel für den Chip dieses Szenarios&lt;/h2&gt;&lt;p&gt;Erfasst, wenn die FP16-Leistung eines Clusters 16 H100-Äquivalente oder sein %1 %2 GB überschreitet.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>accelerator memory</source>
        <translation>Beschleunigerspeicher</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>%1 GB %2, %3 TFLOPS FP16</source>
        <translation>%1 GB %2, %3 TFLOPS FP16</translation>
    </message>
    <message>
        <source>Largest unregistered node</source>
        <translation>Größter nicht registrierter Knoten</translation>
    </message>
    <message>
        <source>%1 → %2 GPUs</source>
        <translation>%1 → %2 GPUs</translation>
    </message>
    <message>
        <source>now → with the memory rule</source>
        <translation>jetzt → mit der Speicherregel</translation>
    </message>
    <message>
        <source>Largest model on one node</source>
        <translation>Größtes Modell auf einem Knoten</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>FP8 training, 14 bytes a parameter</source>
        <translation>FP8-Training, 14 Byte je Parameter</translation>
    </message>
    <message>
        <source>FP16 training, 16 bytes a parameter</source>
        <translation>FP16-Training, 16 Byte je Parameter</translation>
    </message>
    <message>
        <source>Newly caught</source>
        <translation>Neu erfasst</translation>
    </message>
    <message>
        <source>%1–%2 GPUs</source>
        <translation>%1–%2 GPUs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>node sizes the memory rule adds to the compute rule</source>
        <translation>Knotengrößen, die die Speicherregel zusätzlich zur Rechenleistungsregel erfasst</translation>
    </message>
</context>
<context>
    <name>dtx::NetworkProfiles</name>
    <message>
        <source>Same cloud region</source>
        <translation>Gleiche Cloud-Region</translation>
    </message>
    <message>
        <source>Same continent (EU)</source>
        <translation>Gleicher Kontinent (EU)</translation>
    </message>
    <message>
        <source>Continental US</source>
        <translation>Kontinentale USA</translation>
    </message>
    <message>
        <source>Transatlantic</source>
        <translation>Transatlantisch</translation>
    </message>
    <message>
        <source>Transpacific</source>
        <translation>Transpazifisch</translation>
    </message>
    <message>
        <source>US East–Asia</source>
        <translation>USA (Ost)–Asien</translation>
    </message>
    <message>
        <source>Global worst-case</source>
        <translation>Global, ungünstigster Fall</translation>
    </message>
    <message>
        <source>Colocated (same metro)</source>
        <translation>Benachbart (gleiche Metropolregion)</translation>
    </message>
    <message>
        <source>Same country (US)</source>
        <translation>Gleiches Land (USA)</translation>
    </message>
    <message>
        <source>Continental (US coasts)</source>
        <translation>Kontinental (US-Küsten)</translation>
    </message>
    <message>
        <source>Continental (EU)</source>
        <translation>Kontinental (EU)</translation>
    </message>
    <message>
        <source>Global (adversarial)</source>
        <translation>Global (widrig)</translation>
    </message>
</context>
<context>
    <name>dtx::TornadoLever</name>
    <message>
        <source>WAN bandwidth</source>
        <translation>WAN-Bandbreite</translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation>WAN-Latenz</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Compression ratio</source>
        <translation>Kompressionsfaktor</translation>
    </message>
</context>
<context>
    <name>dtx::UncertainInput</name>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>MFU 30–45 % (Governance Analysis §5.1); 30–60 % and INTELLECT-1&apos;s 36.2–43.3 % (Simulator Documentation §1.3)</source>
        <translation>MFU 30–45 % (Governance Analysis §5.1); 30–60 % und 36,2–43,3 % bei INTELLECT-1 (Simulator Documentation §1.3)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>16.9 of 20 peers active on average (Covenant-72B §1); &gt;90 % effective training time for Llama 3 (arXiv:2407.21783)</source>
        <translation>Im Mittel 16,9 von 20 Peers aktiv (Covenant-72B §1); &gt;90 % effektive Trainingszeit bei Llama 3 (arXiv:2407.21783)</translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation>Kompressionsqualität</translation>
    </message>
    <message>
        <source>The conservative, expected and optimistic columns of the active compression table (Simulator Documentation §4.6)</source>
        <translation>Die Spalten konservativ, erwartet und optimistisch der aktiven Kompressionstabelle (Simulator Documentation §4.6)</translation>
    </message>
    <message>
        <source>Activation quality</source>
        <translation>Aktivierungsqualität</translation>
    </message>
    <message>
        <source>The conservative, expected and optimistic columns of the active activation table (Compression Quality §6)</source>
        <translation>Die Spalten konservativ, erwartet und optimistisch der aktiven Aktivierungstabelle (Compression Quality §6)</translation>
    </message>
    <message>
        <source>Sync-interval sensitivity α</source>
        <translation>Sync-Intervall-Empfindlichkeit α</translation>
    </message>
    <message>
        <source>α 0.05–0.06 rather than 0.08, 2–4 % at H = 200 (Conservative Assumptions §1.2); the upper end mirrored</source>
        <translation>α 0,05–0,06 statt 0,08, 2–4 % bei H = 200 (Conservative Assumptions §1.2); die Obergrenze gespiegelt</translation>
    </message>
    <message>
        <source>Straggler coefficient</source>
        <translation>Nachzüglerkoeffizient</translation>
    </message>
    <message>
        <source>An engineering estimate (Simulator Documentation §5.1), 5–15 % too high at 50+ nodes (Conservative Assumptions §1.3); the upper end mirrored</source>
        <translation>Eine technische Schätzung (Simulator Documentation §5.1), bei 50+ Knoten 5–15 % zu hoch (Conservative Assumptions §1.3); die Obergrenze gespiegelt</translation>
    </message>
    <message>
        <source>Replica penalty</source>
        <translation>Replikat-Abschlag</translation>
    </message>
    <message>
        <source>Seed: up to Epoch&apos;s 1.5× FLOP at 8 replicas, 22.2× the seed (Simulator Documentation §4.7). 2026-04: β0 × 0.5–2, a project choice for a weakly calibrated fit (§10.9)</source>
        <translation>Ausgangsmodell: bis zu 1,5× FLOP nach Epoch bei 8 Replikaten, das 22,2× des Ausgangsmodells (Simulator Documentation §4.7). 2026-04: β0 × 0,5–2, eine Projektentscheidung für eine schwach kalibrierte Anpassung (§10.9)</translation>
    </message>
    <message>
        <source>Chinchilla exponents</source>
        <translation>Chinchilla-Exponenten</translation>
    </message>
    <message>
        <source>a and b moved together; SE 0.02, 95 % CI a ∈ [0.31, 0.39] (Scaling Law Uncertainty §1, §3); wide: a ∈ [0.20, 0.48], Ruan et al. 2025</source>
        <translation>a und b gemeinsam verschoben; Standardfehler 0,02, 95-%-Konfidenzintervall a ∈ [0,31; 0,39] (Scaling Law Uncertainty §1, §3); weit: a ∈ [0,20; 0,48], Ruan et al. 2025</translation>
    </message>
    <message>
        <source>Irreducible loss E</source>
        <translation>Irreduzibler Verlust E</translation>
    </message>
    <message>
        <source>SE 0.03 (Scaling Law Uncertainty §1); acts only through the replica loss multiplier</source>
        <translation>Standardfehler 0,03 (Scaling Law Uncertainty §1); wirkt nur über den Verlustfaktor der Replikate</translation>
    </message>
    <message>
        <source>Hierarchy exponent x</source>
        <translation>Hierarchie-Exponent x</translation>
    </message>
    <message>
        <source>H_eff = H_inner × H_reg^x with x 0.5–0.8 (Conservative Assumptions §1.5)</source>
        <translation>H_eff = H_inner × H_reg^x mit x 0,5–0,8 (Conservative Assumptions §1.5)</translation>
    </message>
    <message>
        <source>Wide: MFU 20–60 % (MIRI hardware utilization data); Covenant-72B implies 24 %</source>
        <translation>Weit: MFU 20–60 % (MIRI-Daten zur Hardwareauslastung); Covenant-72B ergibt 24 %</translation>
    </message>
</context>
<context>
    <name>dtx::ui::AmplificationPanel</name>
    <message>
        <source>%1 (D = %2 N)</source>
        <translation>%1 (D = %2 N)</translation>
    </message>
    <message>
        <source>This scenario: %1, %2</source>
        <translation>Dieses Szenario: %1, %2</translation>
    </message>
    <message>
        <source>%1, E = %2</source>
        <translation>%1, E = %2</translation>
    </message>
    <message>
        <source>%1, a = %2, b = %3</source>
        <translation>%1, a = %2, b = %3</translation>
    </message>
    <message>
        <source>Why a small loss costs much compute (Chinchilla amplification)</source>
        <translation>Warum ein kleiner Verlust viel Rechenaufwand kostet (Chinchilla-Verstärkung)</translation>
    </message>
    <message>
        <source>Loss multiplier m</source>
        <translation>Verlustfaktor m</translation>
    </message>
    <message>
        <source>A loss m times the run&apos;s own, as many replicas cause it (1.016: the revision&apos;s β0 at 72 replicas and H = 200).</source>
        <translation>Ein Verlust, m-mal so hoch wie der des Laufs selbst, wie ihn viele Replikate verursachen (1,016: β0 der Revision bei 72 Replikaten und H = 200).</translation>
    </message>
    <message>
        <source>Loss multiplier &amp;m</source>
        <translation>Verlustfaktor &amp;m</translation>
    </message>
    <message>
        <source>Per model: the loss, its improvable part, their ratio, the amplification and what the multiplier leaves.</source>
        <translation>Je Modell: der Verlust, sein verbesserbarer Teil, ihr Verhältnis, die Verstärkung und was der Faktor übrig lässt.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Loss L</source>
        <translation>Verlust L</translation>
    </message>
    <message>
        <source>Improvable G</source>
        <translation>Verbesserbar G</translation>
    </message>
    <message>
        <source>G / L</source>
        <translation>G / L</translation>
    </message>
    <message>
        <source>L / (εG)</source>
        <translation>L / (εG)</translation>
    </message>
    <message>
        <source>χ at m</source>
        <translation>χ bei m</translation>
    </message>
    <message>
        <source>Effective size N′</source>
        <translation>Effektive Größe N′</translation>
    </message>
    <message>
        <source>For this scenario&apos;s model the improvable loss is %1 of the loss, so each 0.1 % more loss costs about %2 % of the compute: a loss ×%3 leaves %4 of it (χ), as much as a compute-optimal %5 model.</source>
        <translation>Beim Modell dieses Szenarios ist der verbesserbare Verlust %1 des Verlusts, daher kostet jedes 0,1 % mehr Verlust etwa %2 % des Rechenaufwands: ein Verlust ×%3 lässt %4 davon übrig (χ), so viel wie ein rechenoptimales Modell mit %5.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::Appearance</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CollateralCatchChart</name>
    <message>
        <source>CCC threshold</source>
        <translation>CCC-Schwelle</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Speicherschwelle</translation>
    </message>
    <message>
        <source>Systems each threshold catches</source>
        <translation>Erfasst je Schwelle</translation>
    </message>
    <message>
        <source>Systems caught (of %1)</source>
        <translation>Erfasste Systeme (von %1)</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = %1 (now)</source>
        <translation>T = %1 (aktuell)</translation>
    </message>
    <message>
        <source>L = %1 GB</source>
        <translation>L = %1 GB</translation>
    </message>
    <message>
        <source>L = %1 GB (now)</source>
        <translation>L = %1 GB (aktuell)</translation>
    </message>
    <message>
        <source>L: no rule (now)</source>
        <translation>L: keine Regel (aktuell)</translation>
    </message>
    <message>
        <source>Systems caught per threshold</source>
        <translation>Erfasste Systeme je Schwellenwert</translation>
    </message>
    <message>
        <source>Bar chart: how many of the reference systems each compute or memory threshold would make register; the table beside it lists them one by one.</source>
        <translation>Balkendiagramm: wie viele der Referenzsysteme nach jedem Schwellenwert für Rechenleistung oder Speicher registriert werden müssten; die Tabelle daneben führt sie einzeln auf.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CollateralTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>%1 would have to register under the thresholds set in the Treaty inputs.</source>
        <translation>%1 müsste nach den unter „Vertrag“ eingestellten Schwellenwerten registriert werden.</translation>
    </message>
    <message>
        <source>%1 stays unregistered under the thresholds set in the Treaty inputs.</source>
        <translation>%1 bleibt nach den unter „Vertrag“ eingestellten Schwellenwerten nicht registriert.</translation>
    </message>
    <message>
        <source>Registered when H100-equivalents exceed the CCC threshold T = %1</source>
        <translation>Registrierungspflichtig, wenn die H100-Äquivalente den CCC-Schwellenwert T = %1 überschreiten</translation>
    </message>
    <message>
        <source>Registered when VRAM exceeds %1 GB</source>
        <translation>Registrierungspflichtig, wenn der VRAM %1 GB überschreitet</translation>
    </message>
    <message>
        <source>No memory threshold is set in the Treaty inputs</source>
        <translation>Unter „Vertrag“ ist kein Speicher-Schwellenwert eingestellt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>VRAM
(GB)</source>
        <translation>VRAM
(GB)</translation>
    </message>
    <message>
        <source>FP16
TFLOPS</source>
        <translation>FP16
TFLOPS</translation>
    </message>
    <message>
        <source>H100-eq</source>
        <translation>H100-Äq.</translation>
    </message>
    <message>
        <source>Caught:
CCC</source>
        <translation>Erfasst:
CCC</translation>
    </message>
    <message>
        <source>Caught:
memory</source>
        <translation>Erfasst:
Speicher</translation>
    </message>
    <message>
        <source>FP16 capacity in H100 units (FP16 TFLOPS / %1)</source>
        <translation>FP16-Kapazität in H100-Einheiten (FP16-TFLOPS / %1)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CompareTab</name>
    <message>
        <source>C_local</source>
        <translation>C_local</translation>
    </message>
    <message>
        <source>× Strict Threshold</source>
        <translation>× strikte Schwelle</translation>
    </message>
    <message>
        <source>C_quality</source>
        <translation>C_quality</translation>
    </message>
    <message>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation>Hardwarekosten</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation>WAN-Bandbreite</translation>
    </message>
    <message>
        <source>Pin the current scenario</source>
        <translation>Aktuelles Szenario anheften</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Keep the current inputs for comparison (up to %1).</source>
        <translation>Die aktuellen Eingaben zum Vergleich festhalten (bis zu %1).</translation>
    </message>
    <message>
        <source>Double-click a pinned column&apos;s header to unpin it.</source>
        <translation>Doppelklicken Sie auf die Kopfzeile einer angehefteten Spalte, um sie zu lösen.</translation>
    </message>
    <message>
        <source>C_local against node count</source>
        <translation>C_local abhängig von der Knotenzahl</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Rechenaufwand (FLOP)</translation>
    </message>
    <message>
        <source>C_local against WAN bandwidth</source>
        <translation>C_local abhängig von der WAN-Bandbreite</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>WAN-Bandbreite (Mbps)</translation>
    </message>
    <message>
        <source>Pinned columns show their difference from the current scenario; changed figures are highlighted.</source>
        <translation>Angeheftete Spalten zeigen ihre Abweichung vom aktuellen Szenario; geänderte Werte sind hervorgehoben.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation>Angeheftet %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Pinned scenarios compared</source>
        <translation>Vergleich der angehefteten Szenarien</translation>
    </message>
    <message>
        <source>One column per scenario, the current one first; a figure that differs from the current scenario is highlighted and given as a multiple.</source>
        <translation>Eine Spalte pro Szenario, das aktuelle zuerst; ein Wert, der vom aktuellen Szenario abweicht, ist hervorgehoben und als Vielfaches angegeben.</translation>
    </message>
    <message>
        <source>Remove every pinned scenario from the comparison.</source>
        <translation>Alle angehefteten Szenarien aus dem Vergleich entfernen.</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>multiple of the Strict Threshold</source>
        <translation>Vielfaches der strikten Schwelle</translation>
    </message>
    <message>
        <source>fraction of local compute</source>
        <translation>Anteil des lokalen Rechenaufwands</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>billion parameters</source>
        <translation>Mrd. Parameter</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>pinned scenarios</source>
        <translation>angeheftete Szenarien</translation>
    </message>
    <message>
        <source>%1 × %2, %3, model %4</source>
        <translation>%1 × %2, %3, Modell %4</translation>
    </message>
    <message>
        <source>Pin it under %1</source>
        <translation>Unter %1 anheften</translation>
    </message>
    <message>
        <source>Keep the current inputs moved to model revision %1, to compare the two revisions&apos; figures side by side.</source>
        <translation>Die aktuellen Eingaben, auf Modellrevision %1 übertragen, zum Vergleich festhalten: die Zahlen beider Revisionen nebeneinander.</translation>
    </message>
    <message>
        <source>C_local, 90 % interval</source>
        <translation>C_local, 90-%-Intervall</translation>
    </message>
    <message>
        <source>C_quality, 90 % interval</source>
        <translation>C_quality, 90-%-Intervall</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>5th to 95th percentile of %1 Monte Carlo samples (median %2)</source>
        <translation>5. bis 95. Perzentil von %1 Monte-Carlo-Stichproben (Median %2)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ControlPanel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>How many nodes train together. Each is one machine room below the registration threshold; they exchange pseudo-gradients over the WAN.</source>
        <translation>Wie viele Knoten gemeinsam trainieren. Jeder ist ein Maschinenraum unterhalb des Registrierungsschwellenwerts; sie tauschen Pseudogradienten über das WAN aus.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>Einsatzprofil</translation>
    </message>
    <message>
        <source>Custom bandwidth and latency</source>
        <translation>Eigene Bandbreite und Latenz</translation>
    </message>
    <message>
        <source>%1: %2, %3 ms</source>
        <translation>%1: %2, %3 ms</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Einsatzprofil</translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation>WAN-Bandbreite</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>Symmetric internet bandwidth of each node, in megabits per second.</source>
        <translation>Symmetrische Internetbandbreite jedes Knotens in Megabit pro Sekunde.</translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation>WAN-Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip time between nodes, in milliseconds.</source>
        <translation>Umlaufzeit zwischen den Knoten in Millisekunden.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Trainingsmodus</translation>
    </message>
    <message>
        <source>Compression quality scenario</source>
        <translation>Szenario für die Kompressionsqualität</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation>Kompressionsqualität</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Pseudogradienten-Kompression</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw pseudo-gradient (16× is 4-bit quantization with sparsification).</source>
        <translation>Um wie viel kleiner jede Synchronisation ist als der rohe Pseudogradient (16× entspricht 4-Bit-Quantisierung mit Sparsifizierung).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hierarchical:&lt;/b&gt; regional groups sync often over a fast regional link, then globally over the WAN.</source>
        <translation>&lt;b&gt;Hierarchisch:&lt;/b&gt; Regionale Gruppen synchronisieren häufig über eine schnelle regionale Verbindung, dann global über das WAN.</translation>
    </message>
    <message>
        <source>Nodes per regional group</source>
        <translation>Knoten pro regionaler Gruppe</translation>
    </message>
    <message>
        <source>Nodes that share one fast regional link.</source>
        <translation>Knoten, die sich eine schnelle regionale Verbindung teilen.</translation>
    </message>
    <message>
        <source>Regional bandwidth</source>
        <translation>Regionale Bandbreite</translation>
    </message>
    <message>
        <source>Bandwidth inside a regional group.</source>
        <translation>Bandbreite innerhalb einer regionalen Gruppe.</translation>
    </message>
    <message>
        <source>Regional latency</source>
        <translation>Regionale Latenz</translation>
    </message>
    <message>
        <source>Round trip inside a regional group.</source>
        <translation>Umlaufzeit innerhalb einer regionalen Gruppe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;MoE:&lt;/b&gt; experts are spread over nodes; every layer adds an all-to-all round trip.</source>
        <translation>&lt;b&gt;MoE:&lt;/b&gt; Die Experten sind auf die Knoten verteilt; jede Schicht kostet eine zusätzliche All-to-All-Umlaufzeit.</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Parameter gesamt</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>All experts together, in billions.</source>
        <translation>Alle Experten zusammen, in Milliarden.</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>Aktive Parameter</translation>
    </message>
    <message>
        <source>Parameters used per token, in billions; at most the total.</source>
        <translation>Pro Token genutzte Parameter, in Milliarden; höchstens die Gesamtzahl.</translation>
    </message>
    <message>
        <source>MoE layers</source>
        <translation>MoE-Schichten</translation>
    </message>
    <message>
        <source>Layers with experts: one all-to-all each.</source>
        <translation>Schichten mit Experten: je ein All-to-All-Austausch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PP-Group:&lt;/b&gt; a model too big for one node is split into pipeline stages; groups of stages run DiLoCo.</source>
        <translation>&lt;b&gt;PP-Group:&lt;/b&gt; Ein Modell, das für einen Knoten zu groß ist, wird in Pipeline-Stufen aufgeteilt; Gruppen von Stufen trainieren mit DiLoCo.</translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation>Aktivierungskompression</translation>
    </message>
    <message>
        <source>How much smaller the activations sent between stages are.</source>
        <translation>Um wie viel kleiner die zwischen den Stufen gesendeten Aktivierungen sind.</translation>
    </message>
    <message>
        <source>Micro-batches</source>
        <translation>Micro-Batches</translation>
    </message>
    <message>
        <source>Micro-batches per pipeline step (GPipe).</source>
        <translation>Micro-Batches pro Pipeline-Schritt (GPipe).</translation>
    </message>
    <message>
        <source>Stage link bandwidth</source>
        <translation>Bandbreite zwischen Stufen</translation>
    </message>
    <message>
        <source>Bandwidth between pipeline stages.</source>
        <translation>Bandbreite zwischen den Pipeline-Stufen.</translation>
    </message>
    <message>
        <source>Stage link latency</source>
        <translation>Latenz zwischen Stufen</translation>
    </message>
    <message>
        <source>Round trip between pipeline stages.</source>
        <translation>Umlaufzeit zwischen den Pipeline-Stufen.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>How long the run lasts: the window before enforcement or a better run catches up.</source>
        <translation>Wie lange der Lauf dauert: das Zeitfenster, bevor die Durchsetzung greift oder ein besserer Lauf aufholt.</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of peak throughput training achieves.</source>
        <translation>Model FLOPs Utilisation: der Anteil des Spitzendurchsatzes, den das Training erreicht.</translation>
    </message>
    <message>
        <source>Local batch</source>
        <translation>Lokaler Batch</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens per inner step on each node.</source>
        <translation>Tokens pro innerem Schritt auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>B parameters</source>
        <translation>Mrd. Parameter</translation>
    </message>
    <message>
        <source>Dense model size in billions of parameters. Flat and hierarchical runs need it to fit one node; PP-Group needs it larger.</source>
        <translation>Größe des dichten Modells in Milliarden Parametern. Flache und hierarchische Läufe brauchen ein Modell, das auf einen Knoten passt; PP-Group braucht ein größeres.</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Registration threshold (CCC)</source>
        <translation>Registrierungsschwellenwert (CCC)</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100-Äquivalente</translation>
    </message>
    <message>
        <source>A cluster above this much FP16 compute must be registered (covered computing cluster).</source>
        <translation>Ein Cluster mit mehr FP16-Rechenleistung als diesem Wert muss registriert werden (Covered Computing Cluster).</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Speicher-Schwellenwert</translation>
    </message>
    <message>
        <source>GB VRAM</source>
        <translation>GB VRAM</translation>
    </message>
    <message>
        <source>Nodes with more HBM than this must register.</source>
        <translation>Knoten mit mehr HBM als diesem Wert müssen registriert werden.</translation>
    </message>
    <message>
        <source>Strict Threshold</source>
        <translation>Strikte Schwelle</translation>
    </message>
    <message>
        <source>Training compute the treaty prohibits, as a power of ten (24 = 10²⁴ FLOP).</source>
        <translation>Vom Vertrag verbotener Trainings-Rechenaufwand als Zehnerpotenz (24 = 10²⁴ FLOP).</translation>
    </message>
    <message>
        <source>Model size: twice the largest that fits one node</source>
        <translation>Modellgröße: doppelt so groß wie das größte Modell, das auf einen Knoten passt</translation>
    </message>
    <message>
        <source>Model size: the largest that fits one node</source>
        <translation>Modellgröße: das größte Modell, das auf einen Knoten passt</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>The scenario&apos;s inputs: node, scale, network, algorithm, training and treaty. Tab moves from one input to the next.</source>
        <translation>Die Eingaben des Szenarios: Knoten, Skalierung, Netzwerk, Algorithmus, Training und Vertrag. Mit Tab gelangen Sie von einer Eingabe zur nächsten.</translation>
    </message>
    <message>
        <source>Checked: train the largest model that fits the node (the default). Unchecked: set the size with the slider below.</source>
        <translation>Aktiviert: das größte Modell trainieren, das auf den Knoten passt (Standard). Deaktiviert: die Größe mit dem Regler darunter festlegen.</translation>
    </message>
    <message>
        <source>Largest model</source>
        <translation>Größtes Modell</translation>
    </message>
    <message>
        <source>Where the nodes sit: sets the WAN bandwidth and round-trip latency together.</source>
        <translation>Wo die Knoten stehen: setzt WAN-Bandbreite und Umlaufzeit zusammen.</translation>
    </message>
    <message>
        <source>How the nodes train together. Default: flat.</source>
        <translation>Wie die Knoten gemeinsam trainieren. Standard: flach.</translation>
    </message>
    <message>
        <source>How much quality lossy pseudo-gradient compression costs. Default: expected.</source>
        <translation>Wie viel Qualität die verlustbehaftete Kompression der Pseudogradienten kostet. Standard: erwartet.</translation>
    </message>
    <message>
        <source>Replica penalty</source>
        <translation>Replikat-Abschlag</translation>
    </message>
    <message>
        <source>More replicas, less efficient.</source>
        <translation>Mehr Replikate, weniger Effizienz.</translation>
    </message>
    <message>
        <source>DiLoCo loses efficiency as replicas are added. Default: on.</source>
        <translation>DiLoCo verliert mit jedem weiteren Replikat an Effizienz. Standard: an.</translation>
    </message>
    <message>
        <source>Stragglers</source>
        <translation>Nachzügler</translation>
    </message>
    <message>
        <source>Also register nodes above a memory threshold.</source>
        <translation>Auch Knoten oberhalb eines Speicher-Schwellenwerts registrieren.</translation>
    </message>
    <message>
        <source>A countermeasure the treaty does not have yet: register any node with more VRAM than this.</source>
        <translation>Eine Gegenmaßnahme, die der Vertrag noch nicht vorsieht: jeden Knoten mit mehr VRAM als diesem Wert registrieren.</translation>
    </message>
    <message>
        <source>10ˣ FLOP</source>
        <translation>10ˣ FLOP</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>A name for this scenario: exported images, CSV files and the brief carry it.</source>
        <translation>Ein Name für dieses Szenario: exportierte Bilder, CSV-Dateien und der Policy Brief tragen ihn.</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>deployment profile</source>
        <translation>Einsatzprofil</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>Trainingsmodus</translation>
    </message>
    <message>
        <source>compression quality</source>
        <translation>Kompressionsqualität</translation>
    </message>
    <message>
        <source>replica penalty</source>
        <translation>Replikat-Abschlag</translation>
    </message>
    <message>
        <source>straggler factor</source>
        <translation>Nachzüglerfaktor</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>Szenarioname</translation>
    </message>
    <message>
        <source>straggler mode</source>
        <translation>Nachzügler-Modus</translation>
    </message>
    <message>
        <source>model revision</source>
        <translation>Modellrevision</translation>
    </message>
    <message>
        <source>same bandwidth both ways</source>
        <translation>gleiche Bandbreite in beide Richtungen</translation>
    </message>
    <message>
        <source>error feedback</source>
        <translation>Fehlerrückführung</translation>
    </message>
    <message>
        <source>fixed inner steps</source>
        <translation>feste innere Schritte</translation>
    </message>
    <message>
        <source>Locked under model revision 2026-02: the seed model (MODEL.md) has no such input. Choose 2026-04 at the top of the inputs to change it.</source>
        <translation>Unter Modellrevision 2026-02 gesperrt: Das Ausgangsmodell (MODEL.md) hat diese Eingabe nicht. Wählen Sie oben in den Eingaben 2026-04, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Same speed both ways</source>
        <translation>Gleiche Rate in beide Richtungen</translation>
    </message>
    <message>
        <source>Upload and download at the one bandwidth above.</source>
        <translation>Upload und Download mit der einen Bandbreite oben.</translation>
    </message>
    <message>
        <source>WAN upload</source>
        <translation>WAN-Upload</translation>
    </message>
    <message>
        <source>What each node sends per second; a sync sends V bits up.</source>
        <translation>Was jeder Knoten pro Sekunde sendet; eine Synchronisation sendet V Bit hoch.</translation>
    </message>
    <message>
        <source>WAN download</source>
        <translation>WAN-Download</translation>
    </message>
    <message>
        <source>What each node receives per second; a sync receives V bits down.</source>
        <translation>Was jeder Knoten pro Sekunde empfängt; eine Synchronisation empfängt V Bit.</translation>
    </message>
    <message>
        <source>Straggler mode</source>
        <translation>Nachzügler-Modus</translation>
    </message>
    <message>
        <source>Error feedback</source>
        <translation>Fehlerrückführung</translation>
    </message>
    <message>
        <source>Each sync adds back what the last compression lost.</source>
        <translation>Jede Synchronisation gibt zurück, was die letzte Kompression verlor.</translation>
    </message>
    <message>
        <source>Fixed inner steps</source>
        <translation>Feste innere Schritte</translation>
    </message>
    <message>
        <source>Sync every H steps instead of the H that hides the sync (flat mode).</source>
        <translation>Alle H Schritte synchronisieren statt mit dem H, das die Synchronisation verdeckt (flacher Modus).</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Innere Schritte H</translation>
    </message>
    <message>
        <source>Inner steps between syncs. Below the H that hides the sync, the run waits on the network; above it, syncs are rarer and efficiency falls.</source>
        <translation>Innere Schritte zwischen Synchronisationen. Unter dem H, das die Synchronisation verdeckt, wartet der Lauf auf das Netz; darüber wird seltener synchronisiert und die Effizienz sinkt.</translation>
    </message>
    <message>
        <source>Off: set upload and download apart (R2). Default: on, 100 Mbps each way.</source>
        <translation>Aus: Upload und Download getrennt einstellen (R2). Standard: an, 100 Mbps in jede Richtung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;How a sync waits for late nodes. Synchronous: f(n) = 1 + %1 log2 n; threshold: late nodes are dropped, f = 1; relay (2026-04 only): a relay tree, f(n) = 1 + %2 log2 n. Default: synchronous under 2026-02, relay under 2026-04.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie eine Synchronisation auf späte Knoten wartet. Synchron: f(n) = 1 + %1 log2 n; Schwelle: späte Knoten werden ausgelassen, f = 1; Relais (nur 2026-04): ein Relais-Baum, f(n) = 1 + %2 log2 n. Standard: synchron unter 2026-02, Relais unter 2026-04.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes which compression-quality table applies (R4): with error feedback 150× costs about 1 %; without, about 4 %. Default: on.</source>
        <translation>Bestimmt, welche Tabelle der Kompressionsqualität gilt (R4): mit Fehlerrückführung kostet 150× etwa 1 %, ohne etwa 4 %. Standard: an.</translation>
    </message>
    <message>
        <source>Default: off (H = H_min, the smallest H that hides the sync behind compute).</source>
        <translation>Standard: aus (H = H_min, das kleinste H, das die Synchronisation hinter der Rechenzeit verdeckt).</translation>
    </message>
    <message>
        <source>Flat mode only: the other modes choose H themselves.</source>
        <translation>Nur im flachen Modus: Die anderen Modi wählen H selbst.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CoreTerms</name>
    <message>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Scientific</source>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Gewerbe</translation>
    </message>
    <message>
        <source>Flat streaming DiLoCo</source>
        <translation>Flaches Streaming-DiLoCo</translation>
    </message>
    <message>
        <source>Hierarchical DiLoCo</source>
        <translation>Hierarchisches DiLoCo</translation>
    </message>
    <message>
        <source>MoE with expert parallelism</source>
        <translation>MoE mit Expertenparallelität</translation>
    </message>
    <message>
        <source>PP-Group: pipeline groups + DiLoCo</source>
        <translation>PP-Group: Pipeline-Gruppen + DiLoCo</translation>
    </message>
    <message>
        <source>none (no quality loss)</source>
        <translation>keine (kein Qualitätsverlust)</translation>
    </message>
    <message>
        <source>optimistic</source>
        <translation>optimistisch</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>conservative</source>
        <translation>konservativ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>der Wert muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>is %1; it must be from %2 to %3</source>
        <translation>der Wert ist %1; er muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>is %1; it must be greater than %2 and at most %3</source>
        <translation>der Wert ist %1; er muss größer als %2 und höchstens %3 sein</translation>
    </message>
    <message>
        <source>is %1; it must be a whole number</source>
        <translation>der Wert ist %1; er muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>is %1 B, but at most %2 B fit on one node; use PP-Group mode for larger models</source>
        <translation>der Wert ist %1 Mrd., aber höchstens %2 Mrd. passen auf einen Knoten; verwenden Sie für größere Modelle den PP-Group-Modus</translation>
    </message>
    <message>
        <source>the model fits on one node; PP-Group mode needs a model larger than one node (use flat mode)</source>
        <translation>das Modell passt auf einen Knoten; der PP-Group-Modus braucht ein Modell, das größer ist als ein Knoten (verwenden Sie den flachen Modus)</translation>
    </message>
    <message>
        <source>the growth rates sum to %1 orders of magnitude a year; the sum must be at least %2 unless a maximum run length is set</source>
        <translation>die Wachstumsraten ergeben zusammen %1 Größenordnungen pro Jahr; die Summe muss mindestens %2 betragen, sofern keine maximale Laufzeit festgelegt ist</translation>
    </message>
    <message>
        <source>Flat DiLoCo</source>
        <translation>Flaches DiLoCo</translation>
    </message>
    <message>
        <source>PP-Group (pipeline groups + DiLoCo)</source>
        <translation>PP-Group (Pipeline-Gruppen + DiLoCo)</translation>
    </message>
    <message>
        <source>One pipeline over the WAN</source>
        <translation>Eine Pipeline über das WAN</translation>
    </message>
    <message numerus="yes">
        <source>PP-Group mode needs at least two pipeline groups of %Ln node(s) each</source>
        <translation>
            <numerusform>der PP-Group-Modus braucht mindestens zwei Pipeline-Gruppen mit je %Ln Knoten</numerusform>
            <numerusform>der PP-Group-Modus braucht mindestens zwei Pipeline-Gruppen mit je %Ln Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>2026-02 (seed model)</source>
        <translation>2026-02 (Ausgangsmodell)</translation>
    </message>
    <message>
        <source>2026-04 (April revision)</source>
        <translation>2026-04 (Aprilrevision)</translation>
    </message>
    <message>
        <source>synchronous (wait for the slowest)</source>
        <translation>synchron (auf den langsamsten warten)</translation>
    </message>
    <message>
        <source>threshold (drop late nodes)</source>
        <translation>Schwelle (späte Knoten auslassen)</translation>
    </message>
    <message>
        <source>relay (tree hides most delay)</source>
        <translation>Relais (Baum verdeckt die meiste Wartezeit)</translation>
    </message>
    <message>
        <source>is an input of model revision 2026-04 only; under 2026-02 it keeps the seed model&apos;s value</source>
        <translation>ist nur eine Eingabe der Modellrevision 2026-04; unter 2026-02 behält sie den Wert des Ausgangsmodells</translation>
    </message>
    <message>
        <source>applies to flat mode only; the other modes choose the inner-step count themselves</source>
        <translation>gilt nur im flachen Modus; die anderen Modi wählen die Zahl der inneren Schritte selbst</translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation>eta (Anteil des lokalen Rechenaufwands)</translation>
    </message>
    <message>
        <source>C_local (FLOP)</source>
        <translation>C_local (FLOP)</translation>
    </message>
    <message>
        <source>C_quality (FLOP)</source>
        <translation>C_quality (FLOP)</translation>
    </message>
    <message>
        <source>Chinchilla efficiency</source>
        <translation>Chinchilla-Effizienz</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CountermeasuresTab</name>
    <message>
        <source>A100 80GB nodes (FP16)</source>
        <translation>A100-80GB-Knoten (FP16)</translation>
    </message>
    <message>
        <source>H100 SXM nodes (FP8)</source>
        <translation>H100-SXM-Knoten (FP8)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 mit %2 %3</translation>
    </message>
    <message>
        <source>A100</source>
        <translation>A100</translation>
    </message>
    <message>
        <source>H100 FP8</source>
        <translation>H100 FP8</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nodes needed vs CCC threshold</source>
        <translation>Benötigte Knoten abhängig vom CCC-Schwellenwert</translation>
    </message>
    <message>
        <source>CCC threshold T (H100-equivalents)</source>
        <translation>CCC-Schwellenwert T (H100-Äquivalente)</translation>
    </message>
    <message>
        <source>Nodes needed</source>
        <translation>Benötigte Knoten</translation>
    </message>
    <message>
        <source>Fleet cost vs CCC threshold</source>
        <translation>Flottenkosten abhängig vom CCC-Schwellenwert</translation>
    </message>
    <message>
        <source>GPU cost (US$)</source>
        <translation>GPU-Kosten (US$)</translation>
    </message>
    <message>
        <source>Nodes needed vs memory threshold</source>
        <translation>Benötigte Knoten abhängig vom Speicher-Schwellenwert</translation>
    </message>
    <message>
        <source>Memory threshold L (GB per node)</source>
        <translation>Speicher-Schwellenwert L (GB pro Knoten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legitimate systems the thresholds would register&lt;/b&gt; (highlighted rows are caught)</source>
        <translation>&lt;b&gt;Legitime Systeme, die nach den Schwellenwerten registriert werden müssten&lt;/b&gt; (hervorgehobene Zeilen sind erfasst)</translation>
    </message>
    <message>
        <source>Fleets of the largest node under each threshold, A100 80GB at FP16 (solid) or H100 SXM at FP8 (dashed), training the largest model that fits in flat DiLoCo. Network (%1, %2 ms), training inputs, time budget (%3) and assumptions are the current scenario&apos;s; fleets over %4 nodes are left out.</source>
        <translation>Flotten aus dem größten Knoten unter jedem Schwellenwert, A100 80GB mit FP16 (durchgezogen) oder H100 SXM mit FP8 (gestrichelt), die das größte Modell trainieren, das in flachem DiLoCo passt. Netzwerk (%1, %2 ms), Trainingseingaben, Zeitbudget (%3) und Annahmen stammen aus dem aktuellen Szenario; Flotten mit mehr als %4 Knoten sind ausgelassen.</translation>
    </message>
    <message>
        <source>T ≤ %1</source>
        <translation>T ≤ %1</translation>
    </message>
    <message>
        <source>L ≤ %1 GB</source>
        <translation>L ≤ %1 GB</translation>
    </message>
    <message>
        <source>The hardware catalog has no GPU for %1.</source>
        <translation>Der Hardwarekatalog enthält keine GPU für %1.</translation>
    </message>
    <message>
        <source>at any T</source>
        <translation>bei jedem T</translation>
    </message>
    <message>
        <source>at any L</source>
        <translation>bei jedem L</translation>
    </message>
    <message>
        <source>Beyond %1 nodes, so left out: %2.</source>
        <translation>Mehr als %1 Knoten nötig, daher ausgelassen: %2.</translation>
    </message>
    <message>
        <source>No target is reachable within %1 nodes</source>
        <translation>Kein Ziel ist mit höchstens %1 Knoten erreichbar</translation>
    </message>
    <message>
        <source>Current
T = %1</source>
        <translation>Aktuell
T = %1</translation>
    </message>
    <message>
        <source>The current CCC threshold, T = %1 H100-equivalents, lies outside the plotted range (%2 to %3).</source>
        <translation>Der aktuelle CCC-Schwellenwert T = %1 H100-Äquivalente liegt außerhalb des dargestellten Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <source>Current
L = %1 GB</source>
        <translation>Aktuell
L = %1 GB</translation>
    </message>
    <message>
        <source>The current memory threshold, %1 GB, lies outside the plotted range (%2 to %3 GB).</source>
        <translation>Der aktuelle Speicher-Schwellenwert von %1 GB liegt außerhalb des dargestellten Bereichs (%2 bis %3 GB).</translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Systems caught by the thresholds</source>
        <translation>Von den Schwellenwerten erfasste Systeme</translation>
    </message>
    <message>
        <source>Fourteen existing systems and whether the compute or memory threshold would make them register.</source>
        <translation>Vierzehn bestehende Systeme und ob sie nach dem Schwellenwert für Rechenleistung oder Speicher registriert werden müssten.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::DetectionTab</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>One synchronisation cycle on the WAN link of a node</source>
        <translation>Ein Synchronisationszyklus auf der WAN-Verbindung eines Knotens</translation>
    </message>
    <message>
        <source>Time within the cycle (minutes)</source>
        <translation>Zeit innerhalb des Zyklus (Minuten)</translation>
    </message>
    <message>
        <source>Traffic (Mbps)</source>
        <translation>Datenverkehr (Mbps)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What upstream argues&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;</source>
        <translation>&lt;b&gt;Was die Quellen anführen&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;</translation>
    </message>
    <message>
        <source>Traffic figures</source>
        <translation>Kennzahlen zum Datenverkehr</translation>
    </message>
    <message>
        <source>The traffic fingerprint as figures, power and cost beside upstream&apos;s examples, and upstream&apos;s arguments.</source>
        <translation>Der Verkehrsfingerabdruck in Zahlen, Strom und Kosten neben den Beispielen der Quellen sowie deren Argumente.</translation>
    </message>
    <message>
        <source>Upload, sent as one burst at line rate</source>
        <translation>Upload, als ein Burst mit Leitungsrate gesendet</translation>
    </message>
    <message>
        <source>Download, sent as one burst at line rate</source>
        <translation>Download, als ein Burst mit Leitungsrate gesendet</translation>
    </message>
    <message>
        <source>Streaming: the same bytes as a constant flow, each way</source>
        <translation>Streaming: dieselben Bytes als konstanter Fluss, je Richtung</translation>
    </message>
    <message>
        <source>No result for these inputs, so no traffic to describe.</source>
        <translation>Diese Eingaben liefern kein Ergebnis, daher gibt es keinen Datenverkehr zu beschreiben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other channels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Weitere Kanäle&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>With one replica nothing crosses the WAN: there is no traffic fingerprint.</source>
        <translation>Mit einem Replikat läuft nichts über das WAN: Es gibt keinen Verkehrsfingerabdruck.</translation>
    </message>
    <message numerus="yes">
        <source>Each of %Ln correlated endpoints exchanges %1 each way every %2: %3 sustained each way if streamed, or a burst %4 of the time. Over the run that is %5 per endpoint and %6 for the fleet; each link is %7 below the treaty&apos;s 25 Gbit/s interconnect criterion.</source>
        <translation>
            <numerusform>%Ln korrelierter Endpunkt tauscht alle %2 je Richtung %1 aus: gestreamt dauerhaft %3 je Richtung oder als Burst während %4 der Zeit. Über den Lauf sind das %5 je Endpunkt und %6 für die Flotte; jede Verbindung liegt %7 unter dem 25-Gbit/s-Vernetzungskriterium des Vertrags.</numerusform>
            <numerusform>Jeder der %Ln korrelierten Endpunkte tauscht alle %2 je Richtung %1 aus: gestreamt dauerhaft %3 je Richtung oder als Burst während %4 der Zeit. Über den Lauf sind das %5 je Endpunkt und %6 für die Flotte; jede Verbindung liegt %7 unter dem 25-Gbit/s-Vernetzungskriterium des Vertrags.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The traffic, as figures&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Der Datenverkehr in Zahlen&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Payload per sync, each way</source>
        <translation>Nutzlast je Synchronisation, je Richtung</translation>
    </message>
    <message>
        <source>Sync period</source>
        <translation>Synchronisationsintervall</translation>
    </message>
    <message>
        <source>Burst up / down at line rate</source>
        <translation>Burst Upload / Download bei Leitungsrate</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Duty cycle if sent as bursts</source>
        <translation>Auslastung bei Übertragung als Bursts</translation>
    </message>
    <message>
        <source>Sustained rate, each way</source>
        <translation>Dauerrate je Richtung</translation>
    </message>
    <message>
        <source>Syncs over the run</source>
        <translation>Synchronisationen im gesamten Lauf</translation>
    </message>
    <message>
        <source>WAN traffic per endpoint, both ways</source>
        <translation>WAN-Verkehr je Endpunkt, beide Richtungen</translation>
    </message>
    <message>
        <source>WAN traffic of the fleet</source>
        <translation>WAN-Verkehr der Flotte</translation>
    </message>
    <message>
        <source>A star coordinator&apos;s ingress</source>
        <translation>Eingangsverkehr eines sternförmigen Koordinators</translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <source>Margin to the 25 Gbit/s interconnect criterion</source>
        <translation>Abstand zum 25-Gbit/s-Vernetzungskriterium</translation>
    </message>
    <message>
        <source>GPU busy fraction</source>
        <translation>Anteil aktiver GPU-Zeit</translation>
    </message>
    <message>
        <source>Correlated WAN endpoints</source>
        <translation>Korrelierte WAN-Endpunkte</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
</context>
<context>
    <name>dtx::ui::DutyCycleChart</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Duty cycle of one outer step</source>
        <translation>Ein äußerer Schritt</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>Pipeline compute</source>
        <translation>Pipeline-Rechnen</translation>
    </message>
    <message>
        <source>Regional syncs</source>
        <translation>Regionale Syncs</translation>
    </message>
    <message>
        <source>Activation transfer</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>WAN sync</source>
        <translation>WAN-Sync</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Bar chart: the compute between syncs against the time the syncs take; the summary above says the same in words.</source>
        <translation>Balkendiagramm: die Rechenzeit zwischen den Synchronisationen im Vergleich zur Dauer der Synchronisationen; die Zusammenfassung darüber sagt dasselbe in Worten.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::EvidenceTab</name>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 Replikate</translation>
    </message>
    <message>
        <source>%1 PFLOPS a node at MFU %2</source>
        <translation>%1 PFLOPS je Knoten bei MFU %2</translation>
    </message>
    <message>
        <source>%1 up, %2 down</source>
        <translation>%1 Upload, %2 Download</translation>
    </message>
    <message>
        <source>H = %1</source>
        <translation>H = %1</translation>
    </message>
    <message>
        <source>compression %1</source>
        <translation>Kompression %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Compute utilisation: reported against predicted</source>
        <translation>Rechenauslastung: berichtet im Vergleich zur Vorhersage</translation>
    </message>
    <message>
        <source>Predicted by the model (%)</source>
        <translation>Vom Modell vorhergesagt (%)</translation>
    </message>
    <message>
        <source>Reported by the run (%)</source>
        <translation>Vom Lauf berichtet (%)</translation>
    </message>
    <message>
        <source>Loss with many replicas against one</source>
        <translation>Verlust mit vielen Replikaten im Vergleich zu einem</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Loss gap (%)</source>
        <translation>Verlustabstand (%)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation>Andere Lesarten</translation>
    </message>
    <message>
        <source>Calibration table</source>
        <translation>Kalibrierungstabelle</translation>
    </message>
    <message>
        <source>Every reported figure of a real run beside the model&apos;s prediction and its other readings; hover a row for the run&apos;s inputs and sources.</source>
        <translation>Jeder berichtete Wert eines realen Laufs neben der Vorhersage des Modells und seinen anderen Lesarten; zeigen Sie auf eine Zeile, um die Eingaben und Quellen des Laufs zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the runs say, under model %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was die Läufe zeigen, unter Modell %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 with its reported compute time</source>
        <translation>%1 mit der berichteten Rechenzeit</translation>
    </message>
    <message>
        <source>Model exact (y = x)</source>
        <translation>Modell exakt (y = x)</translation>
    </message>
    <message>
        <source>%1
(not computable)</source>
        <translation>%1
(nicht berechenbar)</translation>
    </message>
    <message>
        <source>%1, reported</source>
        <translation>%1, berichtet</translation>
    </message>
    <message>
        <source>%1, predicted</source>
        <translation>%1, vorhergesagt</translation>
    </message>
    <message>
        <source>Reported (low and high)</source>
        <translation>Berichtet (niedrig und hoch)</translation>
    </message>
    <message>
        <source>Predicted by the model</source>
        <translation>Vom Modell vorhergesagt</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>nicht berechenbar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>The findings, the parity chart of utilisation, the loss gaps and the table of every reported figure.</source>
        <translation>Die Befunde, das Paritätsdiagramm der Auslastung, die Verlustabstände und die Tabelle aller berichteten Werte.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::EvidenceText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>seed formula, 2 V / upload</source>
        <translation>Formel des Ausgangsmodells, 2 V / Upload</translation>
    </message>
    <message>
        <source>asymmetric link, synchronous</source>
        <translation>asymmetrische Verbindung, synchron</translation>
    </message>
    <message>
        <source>asymmetric link, relay</source>
        <translation>asymmetrische Verbindung, Relais</translation>
    </message>
    <message>
        <source>asymmetric link, threshold aggregation</source>
        <translation>asymmetrische Verbindung, Schwellenaggregation</translation>
    </message>
    <message>
        <source>with the reported compute time</source>
        <translation>mit der berichteten Rechenzeit</translation>
    </message>
    <message>
        <source>reported compute, asymmetric link, threshold aggregation</source>
        <translation>berichtete Rechenzeit, asymmetrische Verbindung, Schwellenaggregation</translation>
    </message>
    <message>
        <source>reported compute, asymmetric link, relay</source>
        <translation>berichtete Rechenzeit, asymmetrische Verbindung, Relais</translation>
    </message>
    <message>
        <source>at the band&apos;s slowest link</source>
        <translation>bei der langsamsten Verbindung des Bereichs</translation>
    </message>
    <message>
        <source>at the band&apos;s fastest link</source>
        <translation>bei der schnellsten Verbindung des Bereichs</translation>
    </message>
    <message>
        <source>implied MFU</source>
        <translation>implizite MFU</translation>
    </message>
    <message>
        <source>implied eta at the lowest report</source>
        <translation>implizites eta beim niedrigsten berichteten Wert</translation>
    </message>
    <message>
        <source>implied eta at the highest report</source>
        <translation>implizites eta beim höchsten berichteten Wert</translation>
    </message>
    <message>
        <source>eta_chinchilla</source>
        <translation>eta_chinchilla</translation>
    </message>
    <message>
        <source>overtraining ratio</source>
        <translation>Übertrainingsfaktor</translation>
    </message>
    <message>
        <source>optimistic table</source>
        <translation>optimistische Tabelle</translation>
    </message>
    <message>
        <source>conservative table</source>
        <translation>konservative Tabelle</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>marginal</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Compute per inner step</source>
        <translation>Rechenzeit pro innerem Schritt</translation>
    </message>
    <message>
        <source>Communication per round</source>
        <translation>Kommunikation pro Runde</translation>
    </message>
    <message>
        <source>Compute utilisation</source>
        <translation>Rechenauslastung</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Effizienz eta</translation>
    </message>
    <message>
        <source>Loss gap against one replica</source>
        <translation>Verlustabstand gegenüber einem Replikat</translation>
    </message>
    <message>
        <source>Compression quality q_c</source>
        <translation>Kompressionsqualität q_c</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s communication time is over-predicted %2×</source>
        <translation>Die Kommunikationszeit von %1 wird %2× überschätzt</translation>
    </message>
    <message>
        <source>%1&apos;s communication time is under-predicted: the model gives %2× the reported time</source>
        <translation>Die Kommunikationszeit von %1 wird unterschätzt: Das Modell ergibt das %2× der berichteten Zeit</translation>
    </message>
    <message>
        <source> (%1× with the closest other reading, %2)</source>
        <translation> (%1× mit der nächstliegenden anderen Lesart, %2)</translation>
    </message>
    <message>
        <source>%1&apos;s compute ran %2 below the assumed MFU of %3 (implied MFU %4)</source>
        <translation>Die Rechenleistung von %1 lag um %2 unter der angenommenen MFU von %3 (implizite MFU %4)</translation>
    </message>
    <message>
        <source>%1&apos;s compute ran %2 above the assumed MFU of %3 (implied MFU %4)</source>
        <translation>Die Rechenleistung von %1 lag um %2 über der angenommenen MFU von %3 (implizite MFU %4)</translation>
    </message>
    <message>
        <source>, under the lowest MFU the Monte Carlo draws by default (%1).</source>
        <translation>, unterhalb der niedrigsten MFU, die die Monte-Carlo-Simulation standardmäßig zieht (%1).</translation>
    </message>
    <message>
        <source>, within the Monte Carlo&apos;s default MFU range (from %1).</source>
        <translation>, innerhalb des Standard-MFU-Bereichs der Monte-Carlo-Simulation (ab %1).</translation>
    </message>
    <message>
        <source>%1&apos;s reported utilisation (%2) falls inside the band the model predicts for links of %3 (%4).</source>
        <translation>Die berichtete Auslastung von %1 (%2) liegt innerhalb des Bereichs, den das Modell für Verbindungen von %3 vorhersagt (%4).</translation>
    </message>
    <message>
        <source>%1&apos;s reported utilisation (%2) falls outside the band the model predicts for links of %3 (%4).</source>
        <translation>Die berichtete Auslastung von %1 (%2) liegt außerhalb des Bereichs, den das Modell für Verbindungen von %3 vorhersagt (%4).</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× weaker than %4 measured (%5).</source>
        <translation>
            <numerusform>Der Replikat-Abschlag des Modells (%1 mehr Verlust bei %n Replikat) ist %2–%3× schwächer als der von %4 gemessene (%5).</numerusform>
            <numerusform>Der Replikat-Abschlag des Modells (%1 mehr Verlust bei %n Replikaten) ist %2–%3× schwächer als der von %4 gemessene (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× stronger than %4 measured (%5).</source>
        <translation>
            <numerusform>Der Replikat-Abschlag des Modells (%1 mehr Verlust bei %n Replikat) ist %2–%3× stärker als der von %4 gemessene (%5).</numerusform>
            <numerusform>Der Replikat-Abschlag des Modells (%1 mehr Verlust bei %n Replikaten) ist %2–%3× stärker als der von %4 gemessene (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) lies within what %2 measured (%3).</source>
        <translation>
            <numerusform>Der Replikat-Abschlag des Modells (%1 mehr Verlust bei %n Replikat) liegt innerhalb dessen, was %2 gemessen hat (%3).</numerusform>
            <numerusform>Der Replikat-Abschlag des Modells (%1 mehr Verlust bei %n Replikaten) liegt innerhalb dessen, was %2 gemessen hat (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming turns syncs into a constant flow: about 39 Mbps up and 39 down, ~31 GB per sync, a ~100-minute cadence for 72 nodes of 50 A100 training 250 B [TFA §2], [GA §6.3].</source>
        <translation>Streaming macht aus den Synchronisationen einen konstanten Fluss: etwa 39 Mbps im Upload und 39 im Download, ~31 GB je Synchronisation, ein Takt von ~100 Minuten bei 72 Knoten mit je 50 A100, die ein Modell mit 250 Mrd. Parametern trainieren [TFA §2], [GA §6.3].</translation>
    </message>
    <message>
        <source>One node&apos;s sustained 50–100 Mbps encrypted flow matches millions of legitimate services [TFA §5].</source>
        <translation>Der dauerhafte verschlüsselte Datenstrom eines Knotens von 50–100 Mbps gleicht dem von Millionen legitimer Dienste [TFA §5].</translation>
    </message>
    <message>
        <source>What stays distinctive is constancy, up/down symmetry and correlation across many endpoints [GA §6.3].</source>
        <translation>Unterscheidbar bleiben die Gleichmäßigkeit, die Symmetrie von Upload und Download und die Korrelation über viele Endpunkte [GA §6.3].</translation>
    </message>
    <message>
        <source>Metadata classifiers identify applications through VPNs at over 93 % [GA §6.3].</source>
        <translation>Metadaten-Klassifikatoren erkennen Anwendungen auch durch VPNs hindurch zu über 93 % [GA §6.3].</translation>
    </message>
    <message>
        <source>Jitter, padding and cover traffic cost the evader almost nothing [TFA §5].</source>
        <translation>Jitter, Padding und Tarnverkehr kosten einen Akteur, der den Vertrag umgeht, fast nichts [TFA §5].</translation>
    </message>
    <message>
        <source>A proposed trigger: GPUs above 90 % utilisation for more than 48 hours [GA §10.11].</source>
        <translation>Ein vorgeschlagener Auslöser: GPUs mit über 90 % Auslastung für mehr als 48 Stunden [GA §10.11].</translation>
    </message>
    <message>
        <source>Upstream gives no quantitative detection threshold: these are comparisons, not a verdict.</source>
        <translation>Die Quellen nennen keine quantitative Erkennungsschwelle: Dies sind Vergleiche, kein Urteil.</translation>
    </message>
    <message>
        <source>below the 2–10× production norm [GA §5.1]</source>
        <translation>unter der Produktionsnorm von 2–10× [GA §5.1]</translation>
    </message>
    <message>
        <source>within the 2–10× production norm [GA §5.1]</source>
        <translation>innerhalb der Produktionsnorm von 2–10× [GA §5.1]</translation>
    </message>
    <message>
        <source>above the 2–10× production norm [GA §5.1]</source>
        <translation>über der Produktionsnorm von 2–10× [GA §5.1]</translation>
    </message>
    <message>
        <source>beyond 50×, which upstream calls plain waste [GA §5.1]</source>
        <translation>über 50×, was die Quellen schlicht Verschwendung nennen [GA §5.1]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overtraining %1: %2; the most overtrained published model of this size is ~%3 [OTR §3].</source>
        <translation>Übertraining %1: %2; das am stärksten übertrainierte veröffentlichte Modell dieser Größe liegt bei ~%3 [OTR §3].</translation>
    </message>
    <message>
        <source> Past ~1,000×, fine-tuning degrades (OLMo 1 B) [OTR §4.2].</source>
        <translation> Ab ~1.000× verschlechtert sich das Fine-Tuning (OLMo 1 B) [OTR §4.2].</translation>
    </message>
    <message numerus="yes">
        <source>Power: %1 for the fleet at 15–20 kW a node; the nearest upstream example is %2 (%Ln nodes), which it rates %3 detectability [GA §6.7, §6.8].</source>
        <translation>
            <numerusform>Strom: %1 für die Flotte bei 15–20 kW je Knoten; das nächstliegende Beispiel der Quellen ist %2 (%Ln Knoten), dort mit Erkennbarkeit „%3“ eingestuft [GA §6.7, §6.8].</numerusform>
            <numerusform>Strom: %1 für die Flotte bei 15–20 kW je Knoten; das nächstliegende Beispiel der Quellen ist %2 (%Ln Knoten), dort mit Erkennbarkeit „%3“ eingestuft [GA §6.7, §6.8].</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardware: %1; the nearest upstream cost tier is %2, rated %3 detectability [GA §10.12].</source>
        <translation>Hardware: %1; die nächstliegende Kostenstufe der Quellen ist %2, eingestuft mit Erkennbarkeit „%3“ [GA §10.12].</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item makes the model understate what an evader reaches:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Punkt lässt das Modell unterschätzen, was ein Akteur erreicht, der den Vertrag umgeht:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Magnitude [source]</source>
        <translation>Größenordnung [Quelle]</translation>
    </message>
    <message>
        <source>GPipe against zero-bubble pipeline schedules</source>
        <translation>GPipe statt Zero-Bubble-Pipeline-Zeitplänen</translation>
    </message>
    <message>
        <source>bubble 11–27 % against under 1 %; 10–30 % of pipeline compute [CA §2.1], [SD B.1]</source>
        <translation>Blase 11–27 % statt unter 1 %; 10–30 % des Pipeline-Rechenaufwands [CA §2.1], [SD B.1]</translation>
    </message>
    <message>
        <source>Pessimistic alpha; asynchronous DiLoCo (DN + DyLU)</source>
        <translation>Pessimistisches Alpha; asynchrones DiLoCo (DN + DyLU)</translation>
    </message>
    <message>
        <source>2–4 %; 5–15 % [CA §1.2, §2.2]</source>
        <translation>2–4 %; 5–15 % [CA §1.2, §2.2]</translation>
    </message>
    <message>
        <source>Straggler model; loss-tolerant UDP</source>
        <translation>Nachzüglermodell; verlusttolerantes UDP</translation>
    </message>
    <message>
        <source>5–15 % at 50+ nodes; 10–15 % of the straggler overhead [CA §1.3, §2.5]</source>
        <translation>5–15 % bei 50+ Knoten; 10–15 % des Nachzügler-Mehraufwands [CA §1.3, §2.5]</translation>
    </message>
    <message>
        <source>MoE MFU; hierarchical exponent</source>
        <translation>MoE-MFU; Hierarchie-Exponent</translation>
    </message>
    <message>
        <source>5–15 % (MoE); 1–3 % [CA §1.4, §1.5]</source>
        <translation>5–15 % (MoE); 1–3 % [CA §1.4, §1.5]</translation>
    </message>
    <message>
        <source>SPARTA sparse averaging</source>
        <translation>SPARTA (dünnbesetzte Mittelung)</translation>
    </message>
    <message>
        <source>25–35 points at very high H, speculative [CA §2.4]</source>
        <translation>25–35 Prozentpunkte bei sehr hohem H, spekulativ [CA §2.4]</translation>
    </message>
    <message>
        <source>All of them together</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <source>flat 15–25 % (proven techniques only 5–10 %); pipeline 20–40 % [CA §3]</source>
        <translation>flach 15–25 % (nur bewährte Techniken 5–10 %); Pipeline 20–40 % [CA §3]</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not modelled, in either direction [SD §10], [CQ §4], [COV §3.5–3.6]: streaming&apos;s +66 % memory; the error-feedback buffer (one model copy, ~3.8 TB at 240 B); backward activations in pipelines; heterogeneous and changing nodes; relaying through object storage (+10–30 s a sync); asynchronous methods; post-training [GA §1].&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht modelliert, mit Wirkung in die eine oder andere Richtung [SD §10], [CQ §4], [COV §3.5–3.6]: +66 % Speicher durch Streaming; der Puffer der Fehlerrückführung (eine Modellkopie, ~3,8 TB bei 240 Mrd. Parametern); Aktivierungen des Rückwärtsdurchlaufs in Pipelines; heterogene und wechselnde Knoten; Weiterleitung über Objektspeicher (+10–30 s je Synchronisation); asynchrone Verfahren; Post-Training [GA §1].&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1&apos;s reported utilisation (%2) overlaps the band the model predicts for links of %3 (%4) without lying wholly inside it.</source>
        <translation>Die berichtete Auslastung von %1 (%2) überschneidet sich mit dem Bereich, den das Modell für Verbindungen von %3 vorhersagt (%4), liegt aber nicht ganz darin.</translation>
    </message>
    <message>
        <source>Loss: %1 if trained synchronously, %2 with this run&apos;s eta (the Chinchilla fit of Besiroglu et al. 2024, fitted on dense models trained synchronously), a gap of %3. The DiLoCo law of Charles et al. 2025 (fitted on 35 M–2.4 B parameters and up to 8 replicas) puts the gap of %4 replicas at %5. The two laws were fitted on different data, so only their gaps compare, not their losses.</source>
        <translation>Verlust: %1 bei synchronem Training, %2 mit dem eta dieses Laufs (die Chinchilla-Anpassung von Besiroglu et al. 2024, angepasst an synchron trainierte dichte Modelle), ein Abstand von %3. Das DiLoCo-Gesetz von Charles et al. 2025 (angepasst an 35 Mio.–2,4 Mrd. Parameter und bis zu 8 Replikate) beziffert den Abstand bei %4 Replikaten auf %5. Die beiden Gesetze wurden an unterschiedlichen Daten angepasst, daher sind nur ihre Abstände vergleichbar, nicht ihre Verluste.</translation>
    </message>
    <message>
        <source> Here it is extrapolated beyond what it was fitted on.</source>
        <translation> Hier wird es über den Bereich hinaus extrapoliert, an den es angepasst wurde.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ExplorerCommandLine</name>
    <message>
        <source>Explore how much training compute many small, unregistered nodes reach over the internet with DiLoCo-style training.</source>
        <translation>Untersuchen Sie, wie viel Trainings-Rechenaufwand viele kleine, nicht registrierte Knoten mit Training im DiLoCo-Stil über das Internet erreichen.</translation>
    </message>
    <message>
        <source>Open with the scenario in FILE.</source>
        <translation>Mit dem Szenario aus FILE öffnen.</translation>
    </message>
    <message>
        <source>Render the window into a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>With --grab: the tab to show.</source>
        <translation>Mit --grab: die anzuzeigende Registerkarte.</translation>
    </message>
    <message>
        <source>With --grab: the window size in pixels.</source>
        <translation>Mit --grab: die Fenstergröße in Pixeln.</translation>
    </message>
    <message>
        <source>Drive 200 slider changes offscreen, print the update times and exit.</source>
        <translation>200 Regleränderungen ohne Bildschirm ausführen, die Aktualisierungszeiten ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Start in that UI language.</source>
        <translation>In dieser Sprache der Benutzeroberfläche starten.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use --scenario FILE</source>
        <translation>unerwartetes Argument &apos;%1&apos;; verwenden Sie --scenario FILE</translation>
    </message>
    <message>
        <source>--%1 needs --grab</source>
        <translation>--%1 erfordert --grab</translation>
    </message>
    <message>
        <source>--grab and --bench-interaction exclude each other</source>
        <translation>--grab und --bench-interaction schließen einander aus</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WxH between 320x240 and %2x%2 pixels</source>
        <translation>--size: &apos;%1&apos; ist nicht WxH zwischen 320x240 und %2x%2 Pixeln</translation>
    </message>
    <message>
        <source>--tab: unknown tab &apos;%1&apos;; use %2</source>
        <translation>--tab: unbekannte Registerkarte &apos;%1&apos;; verwenden Sie %2</translation>
    </message>
    <message>
        <source>cannot render %1</source>
        <translation>%1 kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Decentralized Training Explorer</source>
        <translation>Decentralized Training Explorer</translation>
    </message>
    <message>
        <source>Open on model revision R (2026-02 or 2026-04).</source>
        <translation>Mit Modellrevision R öffnen (2026-02 oder 2026-04).</translation>
    </message>
    <message>
        <source>Draw the other model revision&apos;s figures too (dashed).</source>
        <translation>Die Zahlen der anderen Modellrevision mit zeichnen (gestrichelt).</translation>
    </message>
    <message>
        <source>--revision: unknown model revision &apos;%1&apos;; use 2026-02 or 2026-04</source>
        <translation>--revision: unbekannte Modellrevision „%1“; verwenden Sie 2026-02 oder 2026-04</translation>
    </message>
    <message>
        <source>Calibrate against the real runs in FILE instead of the built-in ones.</source>
        <translation>Gegen die realen Läufe in FILE kalibrieren statt gegen die eingebauten.</translation>
    </message>
    <message>
        <source>Use the hardware catalog in FILE instead of the built-in one.</source>
        <translation>Den Hardwarekatalog in FILE statt des eingebauten verwenden.</translation>
    </message>
    <message>
        <source>The hardware catalog could not be read, so the built-in one is used.

%1</source>
        <translation>Der Hardwarekatalog konnte nicht gelesen werden, daher wird der eingebaute verwendet.

%1</translation>
    </message>
    <message>
        <source>The calibration runs could not be read, so the built-in ones are used.

%1</source>
        <translation>Die Kalibrierungsläufe konnten nicht gelesen werden, daher werden die eingebauten verwendet.

%1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::Format</name>
    <message>
        <source>%1 FLOP</source>
        <translation>%1 FLOP</translation>
    </message>
    <message>
        <source>T</source>
        <translation> Bio.</translation>
    </message>
    <message>
        <source>B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source>M</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source>k</source>
        <translation> Tsd.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source> P</source>
        <translation> Brd.</translation>
    </message>
    <message>
        <source> T</source>
        <translation> Bio.</translation>
    </message>
    <message>
        <source> B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source> M</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source> k</source>
        <translation> Tsd.</translation>
    </message>
    <message>
        <source>%1 T</source>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 up / %2 down</source>
        <translation>%1 hoch / %2 runter</translation>
    </message>
</context>
<context>
    <name>dtx::ui::HeadlinePanel</name>
    <message>
        <source>flat DiLoCo</source>
        <translation>flaches DiLoCo</translation>
    </message>
    <message>
        <source>hierarchical DiLoCo</source>
        <translation>hierarchisches DiLoCo</translation>
    </message>
    <message>
        <source>MoE DiLoCo</source>
        <translation>MoE-DiLoCo</translation>
    </message>
    <message>
        <source>PP-Group DiLoCo</source>
        <translation>PP-Group-DiLoCo</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>Local-equivalent compute C_local</source>
        <translation>Lokal-äquivalenter Rechenaufwand C_local</translation>
    </message>
    <message>
        <source>Compute a single co-located cluster would need for the same result: C_actual × eta.</source>
        <translation>Rechenaufwand, den ein einzelner Cluster an einem Standort für dasselbe Ergebnis bräuchte: C_actual × eta.</translation>
    </message>
    <message>
        <source>Quality-adjusted C_quality</source>
        <translation>Qualitätsbereinigt: C_quality</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Effizienz eta</translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation>Hardwarekosten</translation>
    </message>
    <message>
        <source>Purchase price of every GPU in every node.</source>
        <translation>Kaufpreis aller GPUs in allen Knoten.</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>Parameters trained (active parameters for MoE).</source>
        <translation>Trainierte Parameter (bei MoE die aktiven Parameter).</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Innere Schritte H</translation>
    </message>
    <message>
        <source>Treaty status of each node</source>
        <translation>Vertragsstatus jedes Knotens</translation>
    </message>
    <message>
        <source>Whether one node stays under the registration thresholds.</source>
        <translation>Ob ein einzelner Knoten unter den Schwellenwerten für die Registrierung bleibt.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>see the note below</source>
        <translation>siehe Hinweis unten</translation>
    </message>
    <message>
        <source>Fewest nodes to reach a target: not applicable to these inputs.</source>
        <translation>Mindestens nötige Knoten für ein Ziel: für diese Eingaben nicht anwendbar.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9b1c1c&apos;&gt;&lt;b&gt;No result for these inputs:&lt;/b&gt; %1 (input &lt;code&gt;%2&lt;/code&gt;).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9b1c1c&apos;&gt;&lt;b&gt;Kein Ergebnis für diese Eingaben:&lt;/b&gt; %1 (Eingabe &lt;code&gt;%2&lt;/code&gt;).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 the Strict Threshold (%2)</source>
        <translation>das %1 der strikten Schwelle (%2)</translation>
    </message>
    <message>
        <source>Chinchilla efficiency %1</source>
        <translation>Chinchilla-Effizienz %1</translation>
    </message>
    <message>
        <source>C_actual %1</source>
        <translation>C_actual %1</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>of %1 in all experts</source>
        <translation>von %1 in allen Experten</translation>
    </message>
    <message>
        <source>largest on one node: %1</source>
        <translation>größtes auf einem Knoten: %1</translation>
    </message>
    <message>
        <source>%1 the Chinchilla-optimal count</source>
        <translation>das %1 der Chinchilla-optimalen Anzahl</translation>
    </message>
    <message>
        <source>sync every %1 of compute</source>
        <translation>Synchronisation alle %1 Rechenzeit</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Must register</source>
        <translation>Registrierungspflichtig</translation>
    </message>
    <message>
        <source>%1 H100-equivalents per node (limit %2)</source>
        <translation>%1 H100-Äquivalente pro Knoten (Grenze %2)</translation>
    </message>
    <message>
        <source>reach %1 the Strict Threshold</source>
        <translation>erreichen das %1 der strikten Schwelle</translation>
    </message>
    <message>
        <source>reach only %1 of the Strict Threshold</source>
        <translation>erreichen nur %1 der strikten Schwelle</translation>
    </message>
    <message>
        <source>no node needs registering</source>
        <translation>kein Knoten muss registriert werden</translation>
    </message>
    <message>
        <source>each node must be registered</source>
        <translation>jeder Knoten muss registriert werden</translation>
    </message>
    <message>
        <source>Fewest nodes to reach %1.</source>
        <translation>Mindestens nötige Knoten: %1.</translation>
    </message>
    <message>
        <source>Tokens seen in the time budget, and their ratio to the Chinchilla-optimal %1 tokens per parameter.</source>
        <translation>Im Zeitbudget gesehene Tokens und ihr Verhältnis zu den Chinchilla-optimalen %1 Tokens je Parameter.</translation>
    </message>
    <message>
        <source>The fewest nodes of this kind, with every other input as set, whose C_local reaches each target, and what their GPUs cost.</source>
        <translation>Die wenigsten Knoten dieser Art, deren C_local bei sonst unveränderten Eingaben jedes Ziel erreicht, und was ihre GPUs kosten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) of %1, %2, %3, %4 ms</source>
        <translation>
            <numerusform>%Ln Knoten mit %1, %2, %3, %4 ms</numerusform>
            <numerusform>%Ln Knoten mit %1, %2, %3, %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
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
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 the Strict Threshold under %2, %3 under %4 (the %4 figure is %5 this one)</source>
        <translation>das %1 der strikten Schwelle unter %2, %3 unter %4 (der Wert unter %4 ist %5 dieser)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln node(s)&lt;/b&gt; (%1)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Knoten&lt;/b&gt; (%1)</numerusform>
            <numerusform>&lt;b&gt;%Ln Knoten&lt;/b&gt; (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not within %1 nodes</source>
        <translation>nicht mit %1 Knoten</translation>
    </message>
    <message>
        <source>chi %1; replicas raise the loss ×%2, which costs eta_replica %3</source>
        <translation>chi %1; Replikate erhöhen den Verlust um ×%2, das kostet eta_replica %3</translation>
    </message>
    <message>
        <source>C_throughput %1; %2 before the replica penalty</source>
        <translation>C_throughput %1; %2 vor dem Replikat-Abschlag</translation>
    </message>
    <message>
        <source>%1; the WAN is busy %2 of each outer step, %3 GB per sync</source>
        <translation>%1; das WAN ist %2 jedes äußeren Schritts belegt, %3 GB je Synchronisation</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>erreichen %1</translation>
    </message>
    <message numerus="yes">
        <source>Model revision %1: &lt;b&gt;%Ln node(s) of %2&lt;/b&gt; (%3 over %4, %5 ms) %6 in %7 for %8; %9.</source>
        <translation>
            <numerusform>Modellrevision %1: &lt;b&gt;%Ln Knoten aus %2&lt;/b&gt; (%3 über %4, %5 ms) %6 in %7 für %8; %9.</numerusform>
            <numerusform>Modellrevision %1: &lt;b&gt;%Ln Knoten aus %2&lt;/b&gt; (%3 über %4, %5 ms) %6 in %7 für %8; %9.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 under %3, %4 under %5</source>
        <translation>%1: %2 unter %3, %4 unter %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>C_local times the Chinchilla efficiency of the model size and token count. Under model revision 2026-04 that efficiency is called chi, and the replica penalty is a loss multiplier m: many replicas averaging reach the loss a single run would reach times m, and chi_full is the Chinchilla efficiency of that worse loss; eta_replica = chi_full / chi is the share of compute the replicas keep.</source>
        <translation>C_local mal die Chinchilla-Effizienz von Modellgröße und Tokenzahl. Unter Modellrevision 2026-04 heißt diese Effizienz chi, und der Replikat-Abschlag ist ein Verlustfaktor m: Viele gemittelte Replikate erreichen den Verlust eines einzelnen Laufs mal m, und chi_full ist die Chinchilla-Effizienz dieses schlechteren Verlusts; eta_replica = chi_full / chi ist der Anteil der Rechenleistung, den die Replikate behalten.</translation>
    </message>
    <message>
        <source>Fraction of the hardware&apos;s compute that counts, after synchronisation, compression and replica losses. Under 2026-04, eta = eta_pre (synchronisation and compression) × eta_replica, and C_throughput is the compute the run does.</source>
        <translation>Anteil der Rechenleistung der Hardware, der nach Synchronisations-, Kompressions- und Replikatverlusten zählt. Unter 2026-04 ist eta = eta_pre (Synchronisation und Kompression) × eta_replica, und C_throughput ist die Rechenleistung, die der Lauf erbringt.</translation>
    </message>
    <message>
        <source>Local steps between synchronisations, just enough to hide the sync behind compute. Under 2026-04 in flat mode: the duty cycle is the share of each outer step the WAN is busy (what an observer of the link would see), and GB per sync counts what one node sends and receives per synchronisation.</source>
        <translation>Lokale Schritte zwischen Synchronisationen, gerade genug, um die Synchronisation hinter der Rechenzeit zu verbergen. Unter 2026-04 im flachen Modus: Die Auslastung ist der Anteil jedes äußeren Schritts, in dem das WAN belegt ist (was ein Beobachter der Leitung sähe), und GB je Synchronisation zählt, was ein Knoten je Synchronisation sendet und empfängt.</translation>
    </message>
    <message>
        <source>median %1, 90 %: %2–%3</source>
        <translation>Median %1, 90 %: %2–%3</translation>
    </message>
    <message>
        <source>%1 the Chinchilla-optimal count; loss +%2 (DiLoCo law +%3%4)</source>
        <translation>das %1 der Chinchilla-optimalen Anzahl; Verlust +%2 (DiLoCo-Gesetz +%3%4)</translation>
    </message>
    <message>
        <source>, extrapolated</source>
        <translation>, extrapoliert</translation>
    </message>
</context>
<context>
    <name>dtx::ui::HelpPages</name>
    <message>
        <source>C_actual (actual compute)</source>
        <translation>C_actual (tatsächlicher Rechenaufwand)</translation>
    </message>
    <message>
        <source>The floating-point operations the whole fleet performs in the time budget.</source>
        <translation>Die Gleitkommaoperationen, die die gesamte Flotte im Zeitbudget ausführt.</translation>
    </message>
    <message>
        <source>eta (efficiency)</source>
        <translation>eta (Effizienz)</translation>
    </message>
    <message>
        <source>The share of that compute that still counts when the nodes synchronise only rarely over the internet.</source>
        <translation>Der Anteil dieses Rechenaufwands, der noch zählt, wenn sich die Knoten nur selten über das Internet synchronisieren.</translation>
    </message>
    <message>
        <source>C_local (local-equivalent compute)</source>
        <translation>C_local (lokal-äquivalenter Rechenaufwand)</translation>
    </message>
    <message>
        <source>The compute one ordinary cluster would need for the same result: the fleet&apos;s compute discounted by eta. The treaty&apos;s threshold is compared with it.</source>
        <translation>Der Rechenaufwand, den ein gewöhnlicher Cluster für dasselbe Ergebnis bräuchte: der Rechenaufwand der Flotte, um eta gemindert. Mit ihm wird die Schwelle des Vertrags verglichen.</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted compute)</source>
        <translation>C_quality (qualitätsbereinigter Rechenaufwand)</translation>
    </message>
    <message>
        <source>C_local discounted once more when the model is too small or too large for the data it trains on.</source>
        <translation>C_local, noch einmal gemindert, wenn das Modell für seine Trainingsdaten zu klein oder zu groß ist.</translation>
    </message>
    <message>
        <source>Chinchilla-optimal data</source>
        <translation>Chinchilla-optimale Datenmenge</translation>
    </message>
    <message>
        <source>The number of training tokens that gives a model of P parameters its best result per FLOP.</source>
        <translation>Die Zahl der Trainings-Tokens, mit der ein Modell mit P Parametern sein bestes Ergebnis je FLOP erreicht.</translation>
    </message>
    <message>
        <source>H (inner steps)</source>
        <translation>H (innere Schritte)</translation>
    </message>
    <message>
        <source>How many training steps each node takes on its own between two synchronisations: just enough to hide one synchronisation.</source>
        <translation>Wie viele Trainingsschritte jeder Knoten zwischen zwei Synchronisationen allein macht: gerade genug, um eine Synchronisation zu verbergen.</translation>
    </message>
    <message>
        <source>MFU (model FLOPs utilisation)</source>
        <translation>MFU (Auslastung der Modell-FLOPs)</translation>
    </message>
    <message>
        <source>The fraction of the GPUs&apos; peak throughput that training really uses.</source>
        <translation>Der Anteil des Spitzendurchsatzes der GPUs, den das Training tatsächlich nutzt.</translation>
    </message>
    <message>
        <source>the evaluation model&apos;s default, 0.40</source>
        <translation>der Standardwert des Bewertungsmodells, 0,40</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Pseudogradienten-Kompression</translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw change of the model&apos;s weights.</source>
        <translation>Um wie viel kleiner jede Synchronisation ist als die rohe Änderung der Modellgewichte.</translation>
    </message>
    <message>
        <source>Straggler factor</source>
        <translation>Nachzüglerfaktor</translation>
    </message>
    <message>
        <source>Each synchronisation waits for the slowest of the n nodes, so it takes longer as the fleet grows.</source>
        <translation>Jede Synchronisation wartet auf den langsamsten der n Knoten und dauert daher mit wachsender Flotte länger.</translation>
    </message>
    <message>
        <source>an assumption of the evaluation model, not a published fit</source>
        <translation>eine Annahme des Bewertungsmodells, keine veröffentlichte Anpassung</translation>
    </message>
    <message>
        <source>H100-equivalent</source>
        <translation>H100-Äquivalent</translation>
    </message>
    <message>
        <source>A node&apos;s FP16 throughput counted in H100 SXM GPUs of 990 TFLOPS each.</source>
        <translation>Der FP16-Durchsatz eines Knotens, gezählt in H100-SXM-GPUs zu je 990 TFLOPS.</translation>
    </message>
    <message>
        <source>vendor datasheets (dense, no sparsity)</source>
        <translation>Datenblätter der Hersteller (dicht, ohne Sparsity)</translation>
    </message>
    <message>
        <source>CCC (covered computing cluster)</source>
        <translation>CCC (erfasster Rechencluster)</translation>
    </message>
    <message>
        <source>A cluster above the treaty&apos;s registration threshold, 16 H100-equivalents by default, which must be registered.</source>
        <translation>Ein Cluster oberhalb der Registrierungsschwelle des Vertrags, standardmäßig 16 H100-Äquivalente, der registriert werden muss.</translation>
    </message>
    <message>
        <source>Strict Threshold</source>
        <translation>Strikte Schwelle</translation>
    </message>
    <message>
        <source>The training compute the treaty prohibits, 10²⁴ FLOP by default.</source>
        <translation>Der Trainings-Rechenaufwand, den der Vertrag verbietet, standardmäßig 10²⁴ FLOP.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>Rechts, Bild ab, Leertaste</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Links, Bild auf</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the presentation, back to the tab you were on</source>
        <translation>Präsentation verlassen, zurück zum vorherigen Reiter</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ImageExportDialog</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Export plot image</source>
        <translation>Diagrammbild exportieren</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG: 96 is the screen, 192 sharp on slides, 300 for print. SVG and PDF are vector images and ignore it.</source>
        <translation>Pixel pro Zoll eines PNG: 96 entspricht dem Bildschirm, 192 ist scharf auf Folien, 300 für den Druck. SVG und PDF sind Vektorbilder und ignorieren den Wert.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Width of the plot in screen pixels; a PNG gets width × dpi / 96 pixels.</source>
        <translation>Breite des Diagramms in Bildschirmpixeln; ein PNG erhält Breite × dpi / 96 Pixel.</translation>
    </message>
    <message>
        <source>Height of the plot in screen pixels; a PNG gets height × dpi / 96 pixels.</source>
        <translation>Höhe des Diagramms in Bildschirmpixeln; ein PNG erhält Höhe × dpi / 96 Pixel.</translation>
    </message>
    <message>
        <source>Choose where to save the image, then write it.</source>
        <translation>Speicherort wählen und das Bild schreiben.</translation>
    </message>
    <message>
        <source>Close without exporting.</source>
        <translation>Schließen, ohne zu exportieren.</translation>
    </message>
    <message>
        <source>Slides: 1920 × 1080 pixels</source>
        <translation>Folien: 1920 × 1080 Pixel</translation>
    </message>
    <message>
        <source>Document: 1600 × 1000 pixels</source>
        <translation>Dokument: 1600 × 1000 Pixel</translation>
    </message>
    <message>
        <source>As on screen, sharp</source>
        <translation>Wie auf dem Bildschirm, scharf</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>Image preset</source>
        <translation>Bildvorgabe</translation>
    </message>
    <message>
        <source>Slides and Document share one type scale, so charts from both read alike; Custom sets the size and resolution by hand.</source>
        <translation>Folien und Dokument haben dieselbe Schriftgröße, so lesen sich Diagramme aus beiden gleich; „Eigene Größe“ legt Größe und Auflösung von Hand fest.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
</context>
<context>
    <name>dtx::ui::LinkRequirementsPanel</name>
    <message>
        <source>Streaming (sync overlaps compute; dtx&apos;s assumption)</source>
        <translation>Streaming (Synchronisation überlappt die Rechenzeit; Annahme von dtx)</translation>
    </message>
    <message>
        <source>Blocking (sync after compute)</source>
        <translation>Blockierend (Synchronisation nach der Rechenzeit)</translation>
    </message>
    <message>
        <source>Reading of the link table</source>
        <translation>Lesart der Verbindungstabelle</translation>
    </message>
    <message>
        <source>Streaming DiLoCo sends the sync while the next inner steps run, so utilisation is H·t_comp / t_sync; a blocking sync waits, H·t_comp / (H·t_comp + t_sync) (ANALYSES.md G1).</source>
        <translation>Streaming-DiLoCo sendet die Synchronisation, während die nächsten inneren Schritte laufen, daher ist die Auslastung H·t_comp / t_sync; eine blockierende Synchronisation wartet, H·t_comp / (H·t_comp + t_sync) (ANALYSES.md G1).</translation>
    </message>
    <message>
        <source>Link needed for each utilisation</source>
        <translation>Benötigte Verbindung je Auslastung</translation>
    </message>
    <message>
        <source>Rows: data-parallel and DiLoCo at several inner-step counts; columns: the compute utilisation; cells: the link needed both ways.</source>
        <translation>Zeilen: datenparallel und DiLoCo bei verschiedenen Zahlen innerer Schritte; Spalten: die Rechenauslastung; Zellen: die in beide Richtungen benötigte Verbindung.</translation>
    </message>
    <message>
        <source>Colours: ≤ 10 Mbps, 10–100 Mbps, 100–1,000 Mbps, above 1 Gbps (green to red). Bold: this scenario&apos;s own link is enough.</source>
        <translation>Farben: ≤ 10 Mbps, 10–100 Mbps, 100–1.000 Mbps, über 1 Gbps (grün bis rot). Fett: Die eigene Verbindung dieses Szenarios reicht aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link needed for each compute utilisation&lt;/b&gt; (flat-mode quantities of this scenario, as flat)</source>
        <translation>&lt;b&gt;Benötigte Verbindung je Rechenauslastung&lt;/b&gt; (Größen dieses Szenarios im flachen Modus, als flach behandelt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link needed for each compute utilisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benötigte Verbindung je Rechenauslastung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
(Mbps)</source>
        <translation>%1
(Mbps)</translation>
    </message>
    <message>
        <source>At this link
(%1)</source>
        <translation>Bei dieser Verbindung
(%1)</translation>
    </message>
    <message>
        <source>H = %1</source>
        <translation>H = %1</translation>
    </message>
    <message>
        <source>%1 of utilisation needs %2 both ways.</source>
        <translation>%1 Auslastung erfordert %2 in beide Richtungen.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unerreichbar</translation>
    </message>
    <message>
        <source>The latency alone exceeds the time this utilisation leaves for the sync: no link is fast enough.</source>
        <translation>Allein die Latenz übersteigt die Zeit, die diese Auslastung für die Synchronisation lässt: Keine Verbindung ist schnell genug.</translation>
    </message>
    <message>
        <source>The compute utilisation this row reaches over the scenario&apos;s own link.</source>
        <translation>Die Rechenauslastung, die diese Zeile über die eigene Verbindung des Szenarios erreicht.</translation>
    </message>
    <message>
        <source>At H = %1 this fleet needs %2 for %3 utilisation; data-parallel would need %4.</source>
        <translation>Bei H = %1 braucht diese Flotte %2 für %3 Auslastung; datenparallel bräuchte sie %4.</translation>
    </message>
    <message>
        <source>At H = %1 no link gives this fleet %2 utilisation: the latency alone takes the time.</source>
        <translation>Bei H = %1 verschafft keine Verbindung dieser Flotte %2 Auslastung: Allein die Latenz verbraucht die Zeit.</translation>
    </message>
    <message>
        <source>Data-parallel
(H = 1, uncompressed)</source>
        <translation>Datenparallel
(H = 1, unkomprimiert)</translation>
    </message>
    <message>
        <source>H = %1
(this scenario&apos;s H_min)</source>
        <translation>H = %1
(H_min dieses Szenarios)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::MainWindow</name>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Write a policy &amp;brief (PDF)…</source>
        <translation>&amp;Policy Brief erstellen (PDF)…</translation>
    </message>
    <message>
        <source>Write policy brief</source>
        <translation>Policy Brief erstellen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the brief</source>
        <translation>Der Policy Brief kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Export all plots and tables…</source>
        <translation>Alle Diagramme und Tabellen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset plot views</source>
        <translation>Diagrammansichten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all &amp;inputs to the reference scenario</source>
        <translation>Alle &amp;Eingaben auf das Referenzszenario zurücksetzen</translation>
    </message>
    <message>
        <source>all inputs</source>
        <translation>alle Eingaben</translation>
    </message>
    <message>
        <source>Present the &amp;story (full screen)</source>
        <translation>Story &amp;präsentieren (Vollbild)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Story</translation>
    </message>
    <message>
        <source>&amp;Pin the scenario for comparison</source>
        <translation>Szenario zum Vergleich an&amp;heften</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Four scenarios are pinned already; unpin one first.</source>
        <translation>Es sind bereits vier Szenarien angeheftet; lösen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About the Decentralized Training Explorer</source>
        <translation>Über den Decentralized Training Explorer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>One tab per question; Ctrl+Tab and Ctrl+Shift+Tab switch tabs, Tab moves into the plots and tables.</source>
        <translation>Eine Registerkarte pro Frage; Strg+Tab und Strg+Umschalt+Tab wechseln die Registerkarte, Tab führt in die Diagramme und Tabellen.</translation>
    </message>
    <message>
        <source>Scrolls the tab bar to show more tabs.</source>
        <translation>Scrollt die Registerkartenleiste, um weitere Registerkarten anzuzeigen.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Copy as &amp;command line</source>
        <translation>Als &amp;Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>Policy brief written</source>
        <translation>Policy Brief geschrieben</translation>
    </message>
    <message>
        <source>The brief was written to %1.</source>
        <translation>Der Policy Brief wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1[*] — model %2 — Decentralized Training Explorer</source>
        <translation>%1[*] — Modell %2 — Decentralized Training Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decentralized Training Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;How much training compute can many small, unregistered nodes reach over ordinary internet links with DiLoCo-style training, at what cost, and which treaty thresholds would stop them?&lt;/p&gt;&lt;p&gt;Every figure follows the evaluation model, in revision 2026-02 (the seed model) or 2026-04 (its authors&apos; April revision), as chosen at the top of the inputs; this scenario uses %2. Hover a plot for exact values; drag to pan, scroll to zoom, double-click to reset the view.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decentralized Training Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Wie viel Trainingsrechenleistung erreichen viele kleine, nicht registrierte Knoten über gewöhnliche Internetverbindungen mit DiLoCo-artigem Training, zu welchen Kosten, und welche Vertragsschwellen würden sie aufhalten?&lt;/p&gt;&lt;p&gt;Jede Zahl folgt dem Bewertungsmodell in Revision 2026-02 (dem Ausgangsmodell) oder 2026-04 (der Aprilrevision seiner Autoren), wie oben in den Eingaben gewählt; dieses Szenario verwendet %2. Zeigen Sie auf ein Diagramm für genaue Werte; ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick setzt die Ansicht zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the other model &amp;revision too (dashed)</source>
        <translation>Die andere Modell&amp;revision auch zeigen (gestrichelt)</translation>
    </message>
    <message>
        <source>What the model &amp;leaves out</source>
        <translation>Was das Modell &amp;nicht berücksichtigt</translation>
    </message>
    <message>
        <source>What the model leaves out</source>
        <translation>Was das Modell nicht berücksichtigt</translation>
    </message>
</context>
<context>
    <name>dtx::ui::MapTab</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>WAN-Bandbreite (Mbps)</translation>
    </message>
    <message>
        <source>WAN latency (ms)</source>
        <translation>WAN-Latenz (ms)</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression (×)</source>
        <translation>Pseudogradienten-Kompression (×)</translation>
    </message>
    <message>
        <source>Time budget (years)</source>
        <translation>Zeitbudget (Jahre)</translation>
    </message>
    <message>
        <source>CCC threshold (H100-equivalents)</source>
        <translation>CCC-Schwellenwert (H100-Äquivalente)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 H100e</source>
        <translation>%1 H100e</translation>
    </message>
    <message>
        <source>C_quality (FLOP)</source>
        <translation>C_quality (FLOP)</translation>
    </message>
    <message>
        <source>C_local (FLOP)</source>
        <translation>C_local (FLOP)</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Effizienz eta</translation>
    </message>
    <message>
        <source>Hardware cost (US$)</source>
        <translation>Hardwarekosten (US$)</translation>
    </message>
    <message>
        <source> FLOP</source>
        <translation> FLOP</translation>
    </message>
    <message>
        <source>Strict Threshold %1</source>
        <translation>Strikte Schwelle %1</translation>
    </message>
    <message>
        <source>P(C_quality &gt; %1) = %2</source>
        <translation>P(C_quality &gt; %1) = %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>At %1, %2 stays below 10²⁴ FLOP across the map.</source>
        <translation>Bei %1 bleibt %2 auf der ganzen Karte unter 10²⁴ FLOP.</translation>
    </message>
    <message>
        <source>At %1 (the scenario&apos;s row), %2 crosses %3; the lines show where it crosses for every value of “%4”.</source>
        <translation>Bei %1 (der Zeile des Szenarios) überschreitet %2 %3; die Linien zeigen, wo dies für jeden Wert von „%4“ geschieht.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 over %2 and %3; hover a cell for its values.</source>
        <translation>%1 über %2 und %3; zeigen Sie auf eine Zelle, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>Threshold map</source>
        <translation>Schwellenkarte</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>P(C_quality &gt; %1) = 50 %, 95 %</source>
        <translation>P(C_quality &gt; %1) = 50 %, 95 %</translation>
    </message>
    <message>
        <source>&amp;Across</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>The lever along the horizontal axis.</source>
        <translation>Der Hebel auf der waagerechten Achse.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>The lever along the vertical axis.</source>
        <translation>Der Hebel auf der senkrechten Achse.</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>What the colours show (log scale but for eta).</source>
        <translation>Was die Farben zeigen (logarithmische Skala, außer bei eta).</translation>
    </message>
    <message>
        <source>&amp;Probability lines</source>
        <translation>&amp;Wahrscheinlichkeitslinien</translation>
    </message>
    <message>
        <source>Where the Monte Carlo (200 samples on a 24 × 24 grid) puts the chance of crossing the threshold at 50 % and 95 %.</source>
        <translation>Wo die Wahrscheinlichkeit, die Schwelle zu überschreiten, laut Monte-Carlo-Simulation (200 Stichproben auf einem Raster von 24 × 24) 50 % und 95 % beträgt.</translation>
    </message>
    <message>
        <source>%1 over %2 × %3 (coarse preview, %4 × %4 cells; refining)</source>
        <translation>%1 über %2 × %3 (grobe Vorschau, %4 × %4 Zellen; wird verfeinert)</translation>
    </message>
    <message>
        <source>%1 over %2 × %3</source>
        <translation>%1 über %2 × %3</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Dieses Szenario</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no result (the inputs are out of range here)</source>
        <translation>kein Ergebnis (die Eingaben liegen hier außerhalb des zulässigen Bereichs)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>dtx::ui::MemoryRuleTab</name>
    <message>
        <source>%1 GB (HBM only)</source>
        <translation>%1 GB (nur HBM)</translation>
    </message>
    <message>
        <source>%1 GB (all memory counted)</source>
        <translation>%1 GB (gesamter Speicher gezählt)</translation>
    </message>
    <message>
        <source>%1 FLOP</source>
        <translation>%1 FLOP</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>FP16
TFLOPS</source>
        <translation>FP16
TFLOPS</translation>
    </message>
    <message>
        <source>GPUs per node
now</source>
        <translation>GPUs je Knoten
jetzt</translation>
    </message>
    <message>
        <source>GPUs per node
with the rule</source>
        <translation>GPUs je Knoten
mit der Regel</translation>
    </message>
    <message>
        <source>Largest model
now → with the rule</source>
        <translation>Größtes Modell
jetzt → mit der Regel</translation>
    </message>
    <message>
        <source>First count over
the limit</source>
        <translation>Erste Anzahl über
der Grenze</translation>
    </message>
    <message>
        <source>Newly caught
(GPUs)</source>
        <translation>Neu erfasst
(GPUs)</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>H100-
equivalents</source>
        <translation>H100-
Äquivalente</translation>
    </message>
    <message>
        <source>Under the amendment</source>
        <translation>Nach der Änderung</translation>
    </message>
    <message>
        <source>Burden</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Cheapest node</source>
        <translation>Günstigster Knoten</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Over-
training</source>
        <translation>Über-
training</translation>
    </message>
    <message>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost with the rule
÷ without</source>
        <translation>Kosten mit Regel
÷ ohne</translation>
    </message>
    <message>
        <source>Largest unregistered model per chip: compute rule only and with the memory rule at %1</source>
        <translation>Größtes nicht registriertes Modell je Chip: nur mit der Rechenleistungsregel und mit der Speicherregel bei %1</translation>
    </message>
    <message>
        <source>GPUs per node (now, then with the memory rule)</source>
        <translation>GPUs je Knoten (jetzt, dann mit der Speicherregel)</translation>
    </message>
    <message>
        <source>Largest model (billions of parameters)</source>
        <translation>Größtes Modell (Milliarden Parameter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <source>never (memory not counted)</source>
        <translation>nie (Speicher nicht gezählt)</translation>
    </message>
    <message>
        <source>%1 GPUs → %2 H100-eq</source>
        <translation>%1 GPUs → %2 H100-eq</translation>
    </message>
    <message>
        <source>%1 (compute first)</source>
        <translation>%1 (Rechenleistung greift zuerst)</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (nicht gezählt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>trains in FP8, 14 bytes a parameter</source>
        <translation>trainiert in FP8, 14 Byte je Parameter</translation>
    </message>
    <message>
        <source>trains in FP16, 16 bytes a parameter</source>
        <translation>trainiert in FP16, 16 Byte je Parameter</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>covered now by compute</source>
        <translation>schon jetzt durch Rechenleistung erfasst</translation>
    </message>
    <message>
        <source>newly covered</source>
        <translation>neu erfasst</translation>
    </message>
    <message>
        <source>newly covered from %1 GPUs</source>
        <translation>neu erfasst ab %1 GPUs</translation>
    </message>
    <message>
        <source>covered by compute from %1 GPUs</source>
        <translation>durch Rechenleistung erfasst ab %1 GPUs</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>HBM only</source>
        <translation>Nur HBM</translation>
    </message>
    <message>
        <source>All memory counted</source>
        <translation>Gesamter Speicher gezählt</translation>
    </message>
    <message>
        <source>%1 at %2 catches none of MODEL.md §10&apos;s %3 reference systems (largest %4 GB).</source>
        <translation>%1, Grenze %2: keines der %3 Referenzsysteme aus MODEL.md §10 wird erfasst (größtes %4 GB).</translation>
    </message>
    <message>
        <source>%1 at %2 catches %3 of MODEL.md §10&apos;s %4 reference systems (largest %5 GB).</source>
        <translation>%1, Grenze %2: %3 der %4 Referenzsysteme aus MODEL.md §10 werden erfasst (größtes %5 GB).</translation>
    </message>
    <message>
        <source>At %1, %2 of %3 chips lose node size</source>
        <translation>Bei %1 verlieren %2 von %3 Chips an Knotengröße</translation>
    </message>
    <message>
        <source>; the scenario&apos;s node of %1 %2 is covered by the compute rule already.</source>
        <translation>; der Knoten des Szenarios mit %1 %2 ist bereits durch die Rechenleistungsregel erfasst.</translation>
    </message>
    <message>
        <source>; not even one %1 stays under the limit, so the scenario&apos;s node is covered whatever its size.</source>
        <translation>; nicht einmal eine %1 bleibt unter der Grenze, daher ist der Knoten des Szenarios unabhängig von seiner Größe erfasst.</translation>
    </message>
    <message>
        <source>; the scenario&apos;s %1 node shrinks from %2 to %3 GPUs and its largest model from %4 to %5.</source>
        <translation>; der %1-Knoten des Szenarios schrumpft von %2 auf %3 GPUs und sein größtes Modell von %4 auf %5.</translation>
    </message>
    <message>
        <source>; the scenario&apos;s node of %1 %2 stays under the limit as it is.</source>
        <translation>; der Knoten des Szenarios mit %1 %2 bleibt unverändert unter der Grenze.</translation>
    </message>
    <message>
        <source>; the scenario&apos;s node is not one of the table&apos;s chips.</source>
        <translation>; der Knoten des Szenarios verwendet keinen der Chips der Tabelle.</translation>
    </message>
    <message>
        <source>With the memory rule</source>
        <translation>Mit der Speicherregel</translation>
    </message>
    <message>
        <source>Compute rule only</source>
        <translation>Nur Rechenleistungsregel</translation>
    </message>
    <message>
        <source>none within %1 nodes</source>
        <translation>keiner mit höchstens %1 Knoten</translation>
    </message>
    <message>
        <source>No chip&apos;s node reaches %1 within %2 nodes.</source>
        <translation>Kein Knotentyp erreicht %1 mit höchstens %2 Knoten.</translation>
    </message>
    <message>
        <source>%1 nodes of %2 at %3 a GPU, %4: a %5 model, overtraining %6, eta %7, C_quality %8, cost %9</source>
        <translation>%1 Knoten vom Typ %2 zu %3 je GPU, %4: ein Modell mit %5, Übertraining %6, eta %7, C_quality %8, Kosten %9</translation>
    </message>
    <message>
        <source>%1 nodes of %2 (%3)</source>
        <translation>%1 Knoten vom Typ %2 (%3)</translation>
    </message>
    <message>
        <source>The cheapest run to %1 takes %2 now; with the memory rule no chip&apos;s node reaches it within %3 nodes.</source>
        <translation>Der günstigste Lauf, der %1 erreicht, braucht jetzt %2; mit der Speicherregel erreicht kein Knotentyp dieses Ziel mit höchstens %3 Knoten.</translation>
    </message>
    <message>
        <source>The cheapest run to %1 takes %2 now and %3 with the memory rule (%4 the cost).</source>
        <translation>Der günstigste Lauf, der %1 erreicht, braucht jetzt %2 und mit der Speicherregel %3 (das %4 der Kosten).</translation>
    </message>
    <message>
        <source>The cheapest run whose C_quality reaches each target, over every chip of the table with a price, with this scenario&apos;s WAN, time budget and other inputs (model %1, REVISION-2026-04 R11: flat, hierarchical and PP-Group DiLoCo). Hover a row for its details.</source>
        <translation>Je Ziel der günstigste Lauf, dessen C_quality es erreicht, über alle Chips der Tabelle mit Preis, mit WAN, Zeitbudget und übrigen Eingaben dieses Szenarios (Modell %1, REVISION-2026-04 R11: flaches, hierarchisches und PP-Group-DiLoCo). Zeigen Sie auf eine Zeile, um Details zu sehen.</translation>
    </message>
    <message>
        <source>The cheapest run whose C_quality reaches each target, over every chip of the table with a price, with this scenario&apos;s WAN, time budget and other inputs (model %1, MODEL.md §8&apos;s candidates: flat and PP-Group DiLoCo, each at its fewest nodes). Hover a row for its details.</source>
        <translation>Je Ziel der günstigste Lauf, dessen C_quality es erreicht, über alle Chips der Tabelle mit Preis, mit WAN, Zeitbudget und übrigen Eingaben dieses Szenarios (Modell %1, Kandidaten aus MODEL.md §8: flaches und PP-Group-DiLoCo, jeweils mit der kleinstmöglichen Knotenzahl). Zeigen Sie auf eine Zeile, um Details zu sehen.</translation>
    </message>
    <message>
        <source>Count &amp;HBM only (GDDR excluded)</source>
        <translation>Nur &amp;HBM zählen (ohne GDDR)</translation>
    </message>
    <message>
        <source>Memory rule per chip</source>
        <translation>Speicherregel je Chip</translation>
    </message>
    <message>
        <source>Per chip: its memory and FP16 rate, the GPUs per node now and with the rule, the largest model such a node holds, the first count over the limit and the counts the rule newly catches; the scenario&apos;s chip is bold.</source>
        <translation>Je Chip: Speicher und FP16-Leistung, GPUs je Knoten jetzt und mit der Regel, das größte Modell, das ein solcher Knoten fasst, die erste Anzahl über der Grenze und die Anzahlen, die die Regel neu erfasst; der Chip des Szenarios ist fett gedruckt.</translation>
    </message>
    <message>
        <source>Legitimate installations under the memory rule</source>
        <translation>Legitime Installationen unter der Speicherregel</translation>
    </message>
    <message>
        <source>Each use case&apos;s GPUs, memory, H100-equivalents, whether the amendment covers it, and the burden its source names.</source>
        <translation>Für jeden Anwendungsfall: GPUs, Speicher, H100-Äquivalente, ob die Änderung ihn erfasst, und die Belastung, die seine Quelle nennt.</translation>
    </message>
    <message>
        <source>Cheapest configuration per target</source>
        <translation>Günstigste Konfiguration je Ziel</translation>
    </message>
    <message>
        <source>For 10²⁴, 10²⁵ and 10²⁶ FLOP: the cheapest chip&apos;s node, run and cost with the compute rule only and with the memory rule, and the ratio of the two costs.</source>
        <translation>Für 10²⁴, 10²⁵ und 10²⁶ FLOP: Knoten, Lauf und Kosten des günstigsten Chips nur mit der Rechenleistungsregel und mit der Speicherregel sowie das Verhältnis der beiden Kosten.</translation>
    </message>
    <message>
        <source>Largest unregistered model per chip</source>
        <translation>Größtes nicht registriertes Modell je Chip</translation>
    </message>
    <message>
        <source>Largest model that fits one node (billions of parameters)</source>
        <translation>Größtes Modell, das auf einen Knoten passt (Milliarden Parameter)</translation>
    </message>
    <message>
        <source>Largest model per chip, now and with the memory rule</source>
        <translation>Größtes Modell je Chip, jetzt und mit der Speicherregel</translation>
    </message>
    <message>
        <source>Per chip</source>
        <translation>Je Chip</translation>
    </message>
    <message>
        <source>Legitimate installations</source>
        <translation>Legitime Installationen</translation>
    </message>
    <message>
        <source>Memory rule tables and chart</source>
        <translation>Tabellen und Diagramm zur Speicherregel</translation>
    </message>
    <message>
        <source>The per-chip table, the bar chart, the use cases and the cheapest configurations; scrolls on small screens.</source>
        <translation>Die Tabelle je Chip, das Balkendiagramm, die Anwendungsfälle und die günstigsten Konfigurationen; auf kleinen Bildschirmen scrollbar.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>The amendment covers a cluster whose aggregate accelerator memory exceeds this, besides the compute rule&apos;s 16 H100-equivalents. Default %1 GB: the memory of sixteen H100s (16 × 80 GB).</source>
        <translation>Die Änderung erfasst zusätzlich zur Rechenleistungsregel von 16 H100-Äquivalenten jeden Cluster, dessen gesamter Beschleunigerspeicher diesen Wert überschreitet. Standard: %1 GB, der Speicher von sechzehn H100 (16 × 80 GB).</translation>
    </message>
    <message>
        <source>The HBM reading of the amendment counts high-bandwidth memory only: GPUs with GDDR memory (workstation and gaming cards) never count towards the limit.</source>
        <translation>Die HBM-Lesart der Änderung zählt nur High-Bandwidth-Memory: GPUs mit GDDR-Speicher (Workstation- und Gaming-Karten) werden nie auf die Grenze angerechnet.</translation>
    </message>
    <message>
        <source>Now (compute rule only)</source>
        <translation>Jetzt (nur Rechenleistungsregel)</translation>
    </message>
    <message>
        <source>With the memory rule at %1</source>
        <translation>Mit der Speicherregel bei %1</translation>
    </message>
    <message>
        <source>%1 (this scenario)</source>
        <translation>%1 (dieses Szenario)</translation>
    </message>
    <message>
        <source>%1, now</source>
        <translation>%1, jetzt</translation>
    </message>
    <message>
        <source>%1, with the memory rule</source>
        <translation>%1, mit der Speicherregel</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>The search runs when the inputs have been still for a moment.</source>
        <translation>Die Suche startet, sobald sich die Eingaben einen Moment nicht mehr ändern.</translation>
    </message>
    <message>
        <source>No search for these inputs: %1</source>
        <translation>Keine Suche für diese Eingaben: %1</translation>
    </message>
    <message>
        <source>Memory rule</source>
        <translation>Speicherregel</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ModelSizeCandidateTable</name>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>× largest
flat model</source>
        <translation>× größtes
flaches Modell</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <source>C_local
(FLOP)</source>
        <translation>C_local
(FLOP)</translation>
    </message>
    <message>
        <source>C_quality
(FLOP)</source>
        <translation>C_quality
(FLOP)</translation>
    </message>
    <message>
        <source>Chinchilla
efficiency</source>
        <translation>Chinchilla-
Effizienz</translation>
    </message>
    <message>
        <source>Model size as a multiple of the largest model that fits one node</source>
        <translation>Modellgröße als Vielfaches des größten Modells, das auf einen Knoten passt</translation>
    </message>
    <message>
        <source>Share of C_local a compute-optimal run would need for the same loss</source>
        <translation>Anteil von C_local, den ein rechenoptimaler Lauf für denselben Verlust bräuchte</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flach</translation>
    </message>
    <message>
        <source>PP-Group</source>
        <translation>PP-Group</translation>
    </message>
    <message>
        <source>Model-size candidates</source>
        <translation>Kandidaten für die Modellgröße</translation>
    </message>
    <message>
        <source>The candidate sizes of the model-size search with their efficiency and compute; the best row is highlighted.</source>
        <translation>Die Kandidatengrößen der Modellgrößensuche mit Effizienz und Rechenaufwand; die beste Zeile ist hervorgehoben.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ModelSizeTab</name>
    <message>
        <source>flat</source>
        <translation>flach</translation>
    </message>
    <message>
        <source>PP-Group</source>
        <translation>PP-Group</translation>
    </message>
    <message>
        <source>Quality-adjusted compute against model size</source>
        <translation>Qualitätsbereinigter Rechenaufwand abhängig von der Modellgröße</translation>
    </message>
    <message>
        <source>Model size (billions of parameters)</source>
        <translation>Modellgröße (Milliarden Parameter)</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Rechenaufwand (FLOP)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates of the search, best first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kandidaten der Suche, beste zuerst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chinchilla-optimal
N_opt = %1</source>
        <translation>Chinchilla-optimal
N_opt = %1</translation>
    </message>
    <message>
        <source>The Chinchilla-optimal size for this compute budget, N_opt = %1, lies outside the plotted sizes.</source>
        <translation>Die Chinchilla-optimale Größe für dieses Rechenbudget, N_opt = %1, liegt außerhalb der dargestellten Größen.</translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation>Dieses Szenario: %1</translation>
    </message>
    <message>
        <source>No candidate applies to these inputs.</source>
        <translation>Für diese Eingaben kommt kein Kandidat infrage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best: %1 at %2 the largest flat model (%3)&lt;/b&gt;, C_quality %4.&lt;br&gt;Best is %5 the largest flat candidate&apos;s C_quality.</source>
        <translation>&lt;b&gt;Bester Kandidat: %1 mit dem %2 des größten flachen Modells (%3)&lt;/b&gt;, C_quality %4.&lt;br&gt;Das ist das %5 der C_quality des größten flachen Kandidaten.</translation>
    </message>
    <message>
        <source>Flat: C_local</source>
        <translation>Flach: C_local</translation>
    </message>
    <message>
        <source>PP-Group: C_local</source>
        <translation>PP-Group: C_local</translation>
    </message>
    <message>
        <source>Flat: C_quality</source>
        <translation>Flach: C_quality</translation>
    </message>
    <message>
        <source>PP-Group: C_quality</source>
        <translation>PP-Group: C_quality</translation>
    </message>
    <message>
        <source>Best: %1 = %2, %3</source>
        <translation>Bester Kandidat: %1 = %2, %3</translation>
    </message>
    <message>
        <source>The search keeps this scenario&apos;s node (largest model on one node: %1), node count (%2), network, training inputs and assumptions, and varies the model size: flat DiLoCo up to one node&apos;s memory, PP-Group DiLoCo (the model split across nodes) beyond it.</source>
        <translation>Die Suche behält den Knoten dieses Szenarios (größtes Modell auf einem Knoten: %1), die Knotenzahl (%2), das Netzwerk, die Trainingseingaben und die Annahmen bei und variiert die Modellgröße: flaches DiLoCo bis zum Speicher eines Knotens, darüber PP-Group-DiLoCo (das Modell auf mehrere Knoten verteilt).</translation>
    </message>
    <message>
        <source>The scenario&apos;s hierarchical mode is not used: every candidate syncs over the WAN without regional groups.</source>
        <translation>Der hierarchische Modus des Szenarios wird nicht verwendet: Jeder Kandidat synchronisiert ohne regionale Gruppen über das WAN.</translation>
    </message>
    <message>
        <source>The scenario&apos;s mixture-of-experts settings are not used: the search treats the node as training a dense model of each size.</source>
        <translation>Die Mixture-of-Experts-Einstellungen des Szenarios werden nicht verwendet: Die Suche behandelt den Knoten so, als trainiere er ein dichtes Modell der jeweiligen Größe.</translation>
    </message>
    <message>
        <source>No PP-Group run applies: it needs at least two pipeline groups, each as many nodes as the model needs stages.</source>
        <translation>Kein PP-Group-Lauf kommt infrage: Er braucht mindestens zwei Pipeline-Gruppen mit jeweils so vielen Knoten, wie das Modell Stufen braucht.</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>Flat candidates</source>
        <translation>Flache Kandidaten</translation>
    </message>
    <message>
        <source>PP-Group candidates</source>
        <translation>PP-Group-Kandidaten</translation>
    </message>
</context>
<context>
    <name>dtx::ui::NetworkTab</name>
    <message>
        <source>Training compute against WAN bandwidth</source>
        <translation>Trainings-Rechenaufwand abhängig von der WAN-Bandbreite</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>WAN-Bandbreite (Mbps)</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Rechenaufwand (FLOP)</translation>
    </message>
    <message>
        <source>Efficiency eta against WAN bandwidth</source>
        <translation>Effizienz eta abhängig von der WAN-Bandbreite</translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation>eta (Anteil des lokalen Rechenaufwands)</translation>
    </message>
    <message>
        <source>Inner steps between synchronisations against WAN bandwidth</source>
        <translation>Innere Schritte zwischen Synchronisationen abhängig von der WAN-Bandbreite</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Innere Schritte H</translation>
    </message>
    <message>
        <source>Training compute against WAN latency</source>
        <translation>Trainings-Rechenaufwand abhängig von der WAN-Latenz</translation>
    </message>
    <message>
        <source>WAN round-trip latency (ms)</source>
        <translation>WAN-Umlaufzeit (ms)</translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation>C_local (lokal-äquivalent)</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation>C_quality (qualitätsbereinigt)</translation>
    </message>
    <message>
        <source>eta, this scenario</source>
        <translation>eta, dieses Szenario</translation>
    </message>
    <message>
        <source>eta = %1: compute-bound above, communication-bound below</source>
        <translation>eta = %1: darüber rechengebunden, darunter kommunikationsgebunden</translation>
    </message>
    <message>
        <source>Effective inner steps H_eff</source>
        <translation>Effektive innere Schritte H_eff</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Deployment profiles</source>
        <translation>Einsatzprofile</translation>
    </message>
    <message>
        <source>Measured round trips</source>
        <translation>Gemessene Umlaufzeiten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Dieses Szenario</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Network plots and link table</source>
        <translation>Netzwerkdiagramme und Verbindungstabelle</translation>
    </message>
    <message>
        <source>Compute, eta and inner steps against bandwidth, compute against latency, and the link each utilisation needs.</source>
        <translation>Rechenaufwand, eta und innere Schritte abhängig von der Bandbreite, Rechenaufwand abhängig von der Latenz und die Verbindung, die jede Auslastung benötigt.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::NodeSelector</name>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Throughput&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 PFLOPS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Memory (VRAM)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 GB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;H100-equivalents&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Largest model&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cost per node&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Durchsatz&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 PFLOPS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Speicher (VRAM)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 GB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;H100-Äquivalente&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Größtes Modell&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kosten pro Knoten&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Custom node from the hardware catalog</source>
        <translation>Eigener Knoten aus dem Hardwarekatalog</translation>
    </message>
    <message>
        <source>Node preset</source>
        <translation>Knotenvorgabe</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>GPUs in one node (1 to %1).</source>
        <translation>GPUs in einem Knoten (1 bis %1).</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>FP16 / BF16</source>
        <translation>FP16 / BF16</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>Node as given in the scenario file</source>
        <translation>Knoten wie in der Szenariodatei angegeben</translation>
    </message>
    <message>
        <source>%1 of %2 H100-equivalents allowed</source>
        <translation>%1 von %2 zulässigen H100-Äquivalenten</translation>
    </message>
    <message>
        <source>; %1 of %2 GB VRAM</source>
        <translation>; %1 von %2 GB VRAM</translation>
    </message>
    <message>
        <source>✔ Under the thresholds: no registration
%1</source>
        <translation>✔ Unter den Schwellenwerten: keine Registrierung
%1</translation>
    </message>
    <message>
        <source>✖ Over a threshold: must register
%1</source>
        <translation>✖ Über einem Schwellenwert: Registrierung erforderlich
%1</translation>
    </message>
    <message>
        <source>The GPU of a custom node, from the hardware catalog.</source>
        <translation>Die GPU eines eigenen Knotens, aus dem Hardwarekatalog.</translation>
    </message>
    <message>
        <source>FP16: %1 bytes of training state per parameter, %2-bit pseudo-gradients. FP8: the GPU&apos;s FP8 throughput, %3 bytes per parameter, %4-bit pseudo-gradients.</source>
        <translation>FP16: %1 Byte Trainingszustand je Parameter, %2-Bit-Pseudogradienten. FP8: der FP8-Durchsatz der GPU, %3 Byte je Parameter, %4-Bit-Pseudogradienten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The machine room every node is: one of the reference presets of the model revision (each the largest node of its chip under 16 H100-equivalents), or K GPUs of one type from the hardware catalog. Default: 48x A100 80GB under 2026-02, 50x A100 80GB under 2026-04.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Maschinenraum, der jeder Knoten ist: eine der Referenzvorgaben der Modellrevision (jeweils der größte Knoten seines Chips unter 16 H100-Äquivalenten) oder K GPUs eines Typs aus dem Hardwarekatalog. Standard: 48x A100 80GB unter 2026-02, 50x A100 80GB unter 2026-04.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dtx::ui::NumberSpinBox</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is below the least this input allows, %2</source>
        <translation>%1 liegt unter dem kleinsten zulässigen Wert, %2</translation>
    </message>
    <message>
        <source>%1 is above the most this input allows, %2</source>
        <translation>%1 liegt über dem größten zulässigen Wert, %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerInputsPanel</name>
    <message>
        <source>Maximum run length</source>
        <translation>Maximale Laufzeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>Total parameter count P of the model to train.</source>
        <translation>Gesamtzahl P der Parameter des zu trainierenden Modells.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>trillion tokens</source>
        <translation>Bio. Tokens</translation>
    </message>
    <message>
        <source>Training tokens D; the run ends when all have been seen once.</source>
        <translation>Trainings-Tokens D; der Lauf endet, wenn alle einmal verarbeitet wurden.</translation>
    </message>
    <message>
        <source>Mixture of experts (MoE)</source>
        <translation>Mixture of Experts (MoE)</translation>
    </message>
    <message>
        <source>Only the active parameters compute each token; the experts can be split over several nodes (expert parallelism).</source>
        <translation>Nur die aktiven Parameter berechnen jedes Token; die Experten können auf mehrere Knoten verteilt werden (Expertenparallelität).</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>Aktive Parameter</translation>
    </message>
    <message>
        <source>Parameters that compute each token (P_act), at most the total.</source>
        <translation>Parameter, die jedes Token berechnen (P_act), höchstens die Gesamtzahl.</translation>
    </message>
    <message>
        <source>MoE layers</source>
        <translation>MoE-Schichten</translation>
    </message>
    <message>
        <source>Layers with experts; each costs two all-to-all round trips per step when the experts are split over the network.</source>
        <translation>Schichten mit Experten; jede kostet zwei All-to-All-Umlaufzeiten pro Schritt, wenn die Experten über das Netzwerk verteilt sind.</translation>
    </message>
    <message>
        <source>Experts split</source>
        <translation>Experten-Aufteilung</translation>
    </message>
    <message>
        <source>none: every node holds all experts. regional: experts split within a group of nodes. global: experts split over all nodes, over the WAN.</source>
        <translation>keine: Jeder Knoten hält alle Experten. regional: Experten innerhalb einer Knotengruppe aufgeteilt. global: Experten über alle Knoten aufgeteilt, über das WAN.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Machine rooms that train together over the WAN.</source>
        <translation>Maschinenräume, die gemeinsam über das WAN trainieren.</translation>
    </message>
    <message>
        <source>Node throughput</source>
        <translation>Knotendurchsatz</translation>
    </message>
    <message>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <source>Node memory</source>
        <translation>Knotenspeicher</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GPU memory of one node. A model whose training state does not fit is split into pipeline stages over several nodes.</source>
        <translation>GPU-Speicher eines Knotens. Ein Modell, dessen Trainingszustand nicht hineinpasst, wird in Pipeline-Stufen auf mehrere Knoten aufgeteilt.</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of peak throughput training achieves.</source>
        <translation>Model FLOPs Utilisation: der Anteil des Spitzendurchsatzes, den das Training erreicht.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation>WAN-Bandbreite</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>Symmetric internet bandwidth of each node, in megabits per second.</source>
        <translation>Symmetrische Internetbandbreite jedes Knotens in Megabit pro Sekunde.</translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation>WAN-Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip time between nodes.</source>
        <translation>Umlaufzeit zwischen den Knoten.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Innere Schritte H</translation>
    </message>
    <message>
        <source>Local steps between two synchronisations. More steps hide a slow network but cost some learning efficiency.</source>
        <translation>Lokale Schritte zwischen zwei Synchronisationen. Mehr Schritte verbergen ein langsames Netzwerk, kosten aber etwas Lerneffizienz.</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Pseudogradienten-Kompression</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw pseudo-gradient.</source>
        <translation>Um wie viel kleiner jede Synchronisation ist als der rohe Pseudogradient.</translation>
    </message>
    <message>
        <source>Local batch</source>
        <translation>Lokaler Batch</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens per inner step on each node.</source>
        <translation>Tokens pro innerem Schritt auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Streaming DiLoCo sends the pseudo-gradient while the next block computes; without it the two run one after the other.</source>
        <translation>Streaming-DiLoCo sendet den Pseudogradienten, während der nächste Block rechnet; ohne Streaming laufen beide nacheinander.</translation>
    </message>
    <message>
        <source>Stragglers</source>
        <translation>Nachzügler</translation>
    </message>
    <message>
        <source>none: every sync waits for the slowest node. threshold: a deadline drops late updates (costs efficiency). redundancy: one spare node per ten.</source>
        <translation>keine: Jede Synchronisation wartet auf den langsamsten Knoten. Schwellenwert: Eine Frist verwirft verspätete Updates (kostet Effizienz). Redundanz: ein Ersatzknoten pro zehn Knoten.</translation>
    </message>
    <message>
        <source>Pipeline (only when the model does not fit one node):</source>
        <translation>Pipeline (nur wenn das Modell nicht auf einen Knoten passt):</translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation>Aktivierungskompression</translation>
    </message>
    <message>
        <source>How much smaller the activations sent between pipeline stages are.</source>
        <translation>Um wie viel kleiner die zwischen Pipeline-Stufen gesendeten Aktivierungen sind.</translation>
    </message>
    <message>
        <source>Micro-batches M</source>
        <translation>Micro-Batches M</translation>
    </message>
    <message>
        <source>Micro-batches per pipeline step; more of them shrink the pipeline bubble.</source>
        <translation>Micro-Batches pro Pipeline-Schritt; mehr davon verkleinern die Pipeline-Blase.</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Regionale Gruppen</translation>
    </message>
    <message>
        <source>Nodes sync within regional groups over a faster link, and only every R regional rounds over the WAN. The regional link also joins pipeline stages.</source>
        <translation>Knoten synchronisieren innerhalb regionaler Gruppen über eine schnellere Verbindung und nur alle R regionalen Runden über das WAN. Die regionale Verbindung verbindet auch Pipeline-Stufen.</translation>
    </message>
    <message>
        <source>Nodes per group</source>
        <translation>Knoten pro Gruppe</translation>
    </message>
    <message>
        <source>Nodes in one regional group (also the expert-parallel group for regional experts).</source>
        <translation>Knoten in einer regionalen Gruppe (bei regionalen Experten auch die expertenparallele Gruppe).</translation>
    </message>
    <message>
        <source>Regional bandwidth</source>
        <translation>Regionale Bandbreite</translation>
    </message>
    <message>
        <source>Bandwidth inside a regional group.</source>
        <translation>Bandbreite innerhalb einer regionalen Gruppe.</translation>
    </message>
    <message>
        <source>Regional latency</source>
        <translation>Regionale Latenz</translation>
    </message>
    <message>
        <source>Round trip inside a regional group.</source>
        <translation>Umlaufzeit innerhalb einer regionalen Gruppe.</translation>
    </message>
    <message>
        <source>Regional rounds R</source>
        <translation>Regionale Runden R</translation>
    </message>
    <message>
        <source>Regional synchronisations per WAN synchronisation.</source>
        <translation>Regionale Synchronisationen pro WAN-Synchronisation.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Straggler model</source>
        <translation>Nachzügler-Modell</translation>
    </message>
    <message>
        <source>Efficiency penalty of rare syncs</source>
        <translation>Effizienzabschlag seltener Synchronisationen</translation>
    </message>
    <message>
        <source>DiLoCo learns less per token the more inner steps pass between syncs (Charles et al. 2025); the run takes longer by that factor.</source>
        <translation>DiLoCo lernt pro Token umso weniger, je mehr innere Schritte zwischen Synchronisationen liegen (Charles et al. 2025); der Lauf verlängert sich um diesen Faktor.</translation>
    </message>
    <message>
        <source>Set the limit by hand</source>
        <translation>Grenze manuell festlegen</translation>
    </message>
    <message>
        <source>Off: the limit follows from how fast hardware, software and investment grow (Epoch AI, &quot;The longest training run&quot;).</source>
        <translation>Aus: Die Grenze ergibt sich daraus, wie schnell Hardware, Software und Investitionen wachsen (Epoch AI, „The longest training run“).</translation>
    </message>
    <message>
        <source>Run-length limit</source>
        <translation>Laufzeitgrenze</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The longest run worth starting.</source>
        <translation>Der längste Lauf, dessen Start sich lohnt.</translation>
    </message>
    <message>
        <source>OOM/year</source>
        <translation>OOM/Jahr</translation>
    </message>
    <message>
        <source>Hardware growth</source>
        <translation>Hardware-Wachstum</translation>
    </message>
    <message>
        <source>Orders of magnitude per year by which FLOP per dollar grows.</source>
        <translation>Größenordnungen pro Jahr, um die die FLOP pro Dollar wachsen.</translation>
    </message>
    <message>
        <source>Software growth</source>
        <translation>Software-Wachstum</translation>
    </message>
    <message>
        <source>Orders of magnitude per year of algorithmic progress.</source>
        <translation>Größenordnungen pro Jahr an algorithmischem Fortschritt.</translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation>Investitionswachstum</translation>
    </message>
    <message>
        <source>Orders of magnitude per year by which training budgets grow.</source>
        <translation>Größenordnungen pro Jahr, um die die Trainingsbudgets wachsen.</translation>
    </message>
    <message>
        <source>Training run inputs</source>
        <translation>Eingaben für den Trainingslauf</translation>
    </message>
    <message>
        <source>The planner&apos;s inputs: model, cluster, network, algorithm and run length.</source>
        <translation>Die Eingaben des Planers: Modell, Cluster, Netz, Algorithmus und Laufzeit.</translation>
    </message>
    <message>
        <source>Plan a different cluster</source>
        <translation>Einen anderen Cluster planen</translation>
    </message>
    <message>
        <source>Off: the planner plans the scenario in the headline (its nodes, node, model, network and the tokens its time budget trains), and those inputs are locked here. On: it plans the cluster set here.</source>
        <translation>Aus: Der Planer plant das Szenario der Kopfzeile (seine Knoten, den Knotentyp, das Modell, das Netz und die Tokens, die sein Zeitbudget trainiert); diese Eingaben sind hier gesperrt. Ein: Er plant den hier eingestellten Cluster.</translation>
    </message>
    <message>
        <source>Taken from the scenario in the headline; switch on &quot;Plan a different cluster&quot; to set it here.</source>
        <translation>Aus dem Szenario der Kopfzeile übernommen; schalten Sie „Einen anderen Cluster planen“ ein, um den Wert hier einzustellen.</translation>
    </message>
    <message>
        <source>Peak training throughput of one node (the reference planner credits its node with %1 PFLOPS).</source>
        <translation>Spitzendurchsatz eines Knotens beim Training (der Referenzplaner rechnet seinem Knoten %1 PFLOPS zu).</translation>
    </message>
    <message>
        <source>Training precision (FP16 / FP8 / FP4): %1 / %2 / %3 bytes of training state per parameter and %4 / %5 / %6 bytes per value sent.</source>
        <translation>Trainingsgenauigkeit (FP16 / FP8 / FP4): %1 / %2 / %3 Byte Trainingszustand je Parameter und %4 / %5 / %6 Byte je gesendetem Wert.</translation>
    </message>
    <message>
        <source>A sync of k nodes waits for the slowest: 1 + %1 log2 k times longer. Off: every node is equally fast.</source>
        <translation>Eine Synchronisation von k Knoten wartet auf den langsamsten: 1 + %1 log2 k-mal länger. Aus: Alle Knoten sind gleich schnell.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>planned cluster</source>
        <translation>geplanter Cluster</translation>
    </message>
    <message>
        <source>planner inputs</source>
        <translation>Planer-Eingaben</translation>
    </message>
    <message>
        <source>planner&apos;s %1</source>
        <translation>Planer: %1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerSummary</name>
    <message>
        <source>Network-bound: the model does not fit one node and there are too few nodes for two pipelines, so one pipeline runs over the WAN; passing activations between its stages outlasts the computing.</source>
        <translation>Netzwerkgebunden: Das Modell passt nicht auf einen Knoten, und für zwei Pipelines gibt es zu wenige Knoten, daher läuft eine Pipeline über das WAN; die Übertragung der Aktivierungen zwischen ihren Stufen dauert länger als das Rechnen.</translation>
    </message>
    <message>
        <source>Compute-bound: the model does not fit one node and there are too few nodes for two pipelines, so one pipeline runs over the WAN; its computing outlasts passing activations between stages.</source>
        <translation>Rechengebunden: Das Modell passt nicht auf einen Knoten, und für zwei Pipelines gibt es zu wenige Knoten, daher läuft eine Pipeline über das WAN; ihr Rechnen dauert länger als die Übertragung der Aktivierungen zwischen den Stufen.</translation>
    </message>
    <message>
        <source>Network-bound: each WAN sync takes %1, the compute between WAN syncs only %2.</source>
        <translation>Netzwerkgebunden: Jede WAN-Synchronisation dauert %1, das Rechnen zwischen WAN-Synchronisationen nur %2.</translation>
    </message>
    <message>
        <source>Network-bound: each sync takes %1, the compute block between syncs only %2.</source>
        <translation>Netzwerkgebunden: Jede Synchronisation dauert %1, der Rechenblock zwischen Synchronisationen nur %2.</translation>
    </message>
    <message>
        <source>Streaming overlaps them, so the sync sets the pace.</source>
        <translation>Streaming überlappt beides, daher gibt die Synchronisation das Tempo vor.</translation>
    </message>
    <message>
        <source>Without streaming the two add up.</source>
        <translation>Ohne Streaming addieren sich beide.</translation>
    </message>
    <message>
        <source>Compute-bound: the compute block between syncs takes %1, each sync only %2.</source>
        <translation>Rechengebunden: Der Rechenblock zwischen Synchronisationen dauert %1, jede Synchronisation nur %2.</translation>
    </message>
    <message>
        <source>Streaming hides the sync completely.</source>
        <translation>Streaming verbirgt die Synchronisation vollständig.</translation>
    </message>
    <message>
        <source>Without streaming the sync still adds its time to every block.</source>
        <translation>Ohne Streaming verlängert die Synchronisation trotzdem jeden Block um ihre Dauer.</translation>
    </message>
    <message>
        <source>%1: every node is one DiLoCo replica</source>
        <translation>%1: Jeder Knoten ist ein DiLoCo-Replikat</translation>
    </message>
    <message>
        <source>%1: %2 pipelines of %3 stages (the model does not fit one node)</source>
        <translation>%1: %2 Pipelines mit %3 Stufen (das Modell passt nicht auf einen Knoten)</translation>
    </message>
    <message>
        <source>%1: one pipeline of %2 stages over the WAN</source>
        <translation>%1: eine Pipeline mit %2 Stufen über das WAN</translation>
    </message>
    <message>
        <source>; mixture of experts, %1 of %2 active, experts split: %3</source>
        <translation>; Mixture of Experts, %1 von %2 aktiv, Experten-Aufteilung: %3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Before the efficiency penalty</source>
        <translation>Vor dem Effizienzabschlag</translation>
    </message>
    <message>
        <source>Inner step</source>
        <translation>Innerer Schritt</translation>
    </message>
    <message>
        <source>Compute block</source>
        <translation>Rechenblock</translation>
    </message>
    <message>
        <source>WAN sync</source>
        <translation>WAN-Synchronisation</translation>
    </message>
    <message>
        <source>Regional sync</source>
        <translation>Regionale Synchronisation</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Global MFU / HFU</source>
        <translation>Globale MFU / HFU</translation>
    </message>
    <message>
        <source>Parameters per node</source>
        <translation>Parameter pro Knoten</translation>
    </message>
    <message>
        <source>Largest model per node</source>
        <translation>Größtes Modell pro Knoten</translation>
    </message>
    <message>
        <source>Maximum run length</source>
        <translation>Maximale Laufzeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Training takes %1</source>
        <translation>Das Training dauert %1</translation>
    </message>
    <message>
        <source>Training takes %1 (%2 years)</source>
        <translation>Das Training dauert %1 (%2 Jahre)</translation>
    </message>
    <message>
        <source>Finishes in %1, within the maximum run length of %2.</source>
        <translation>Dauer: %1; das liegt innerhalb der maximalen Laufzeit (%2).</translation>
    </message>
    <message>
        <source>Too long: %1 exceeds the maximum run length of %2. A run started later, on better hardware and software, would finish first.</source>
        <translation>Zu lang: Die Dauer (%1) überschreitet die maximale Laufzeit (%2). Ein später gestarteter Lauf auf besserer Hardware und Software wäre früher fertig.</translation>
    </message>
    <message>
        <source>%1 moving activations per pipeline step</source>
        <translation>%1 für die Übertragung der Aktivierungen pro Pipeline-Schritt</translation>
    </message>
    <message>
        <source>%1 (penalty off)</source>
        <translation>%1 (Abschlag aus)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation>%1 %2 · %3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>%1, set by hand</source>
        <translation>%1, manuell festgelegt</translation>
    </message>
    <message>
        <source>%1, from growth of %2 orders of magnitude a year</source>
        <translation>%1, bei einem Wachstum von %2 Größenordnungen pro Jahr</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>Check the input “%1”.</source>
        <translation>Prüfen Sie die Eingabe „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1: groups of %Ln node(s) sync %2 times per WAN sync</source>
        <translation>
            <numerusform>%1: Gruppen aus %Ln Knoten synchronisieren %2-mal je WAN-Synchronisation</numerusform>
            <numerusform>%1: Gruppen aus %Ln Knoten synchronisieren %2-mal je WAN-Synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality (model revision 2026-04)</source>
        <translation>Qualität (Modellrevision 2026-04)</translation>
    </message>
    <message>
        <source>eta_H %1 × q_c %2 × q_act %3; replicas add %4 % to the loss, chi %5, C_quality %6</source>
        <translation>eta_H %1 × q_c %2 × q_act %3; Replikate erhöhen den Verlust um %4 %, chi %5, C_quality %6</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlotTab</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>dtx-explorer %1, model revision %2</source>
        <translation>dtx-explorer %1, Modellrevision %2</translation>
    </message>
    <message>
        <source>dtx-explorer %1, model revision %2 (dashed: %3)</source>
        <translation>dtx-explorer %1, Modellrevision %2 (gestrichelt: %3)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlotView</name>
    <message>
        <source>Strict Threshold %1</source>
        <translation>Strikte Schwelle %1</translation>
    </message>
    <message>
        <source>No setting in this range gives a valid configuration.</source>
        <translation>Keine Einstellung in diesem Bereich ergibt eine gültige Konfiguration.</translation>
    </message>
    <message>
        <source>No valid configuration:
%1</source>
        <translation>Keine gültige Konfiguration:
%1</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Export image (PNG, SVG, PDF)…</source>
        <translation>Bild exportieren (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export plot image</source>
        <translation>Diagrammbild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the plot</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export plot data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Die Daten können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Plot. Left and Right arrows read the points of a curve, Up and Down change the curve; + and − zoom, Shift with an arrow pans, 0 resets the view; the Menu key (or Shift+F10) exports the plot or its data.</source>
        <translation>Diagramm. Die Pfeiltasten links und rechts lesen die Punkte einer Kurve vor, die Pfeiltasten oben und unten wechseln die Kurve; + und − zoomen, Umschalt mit einer Pfeiltaste verschiebt die Ansicht, 0 setzt die Ansicht zurück; die Menütaste (oder Umschalt+F10) exportiert das Diagramm oder seine Daten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dashed: model revision %1</source>
        <translation>Gestrichelt: Modellrevision %1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PolicyBrief</name>
    <message>
        <source>6 FLOP per parameter per token</source>
        <translation>6 FLOP pro Parameter und Token</translation>
    </message>
    <message>
        <source>DiLoCo: inner/outer optimisation, rare synchronisation</source>
        <translation>DiLoCo: innere/äußere Optimierung, seltene Synchronisation</translation>
    </message>
    <message>
        <source>Streaming (overlapped) synchronisation, FP4 outer gradients</source>
        <translation>Streaming-Synchronisation (überlappend), äußere Gradienten in FP4</translation>
    </message>
    <message>
        <source>eta falling with log10(H); the replica penalty</source>
        <translation>eta sinkt mit log10(H); der Replikat-Abschlag</translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation>Kompressionsqualität</translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation>Aktivierungskompression</translation>
    </message>
    <message>
        <source>Hierarchical (two-tier) synchronisation</source>
        <translation>Hierarchische (zweistufige) Synchronisation</translation>
    </message>
    <message>
        <source>GPipe bubble (M + S − 1)</source>
        <translation>GPipe-Blase (M + S − 1)</translation>
    </message>
    <message>
        <source>Chinchilla loss constants, D/N = 25.6</source>
        <translation>Chinchilla-Verlustkonstanten, D/N = 25,6</translation>
    </message>
    <message>
        <source>Maximum run length</source>
        <translation>Maximale Laufzeit</translation>
    </message>
    <message>
        <source>Treaty thresholds: 16 H100-eq covered cluster, 10²⁴ FLOP Strict Threshold</source>
        <translation>Schwellenwerte des Vertrags: Covered Computing Cluster bei 16 H100-Äq., strikte Schwelle bei 10²⁴ FLOP</translation>
    </message>
    <message>
        <source>GPU figures</source>
        <translation>GPU-Kennzahlen</translation>
    </message>
</context>
<context>
    <name>dtx::ui::Preferences</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: settings and the session cannot be kept after you quit.</source>
        <translation>%1: Einstellungen und Sitzung bleiben nach dem Beenden nicht erhalten.</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: %2. They hold until you quit.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: %2. Sie gelten bis zum Beenden.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PresentationMode</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Previous step (Left arrow or Page Up)</source>
        <translation>Vorheriger Schritt (Pfeil links oder Bild auf)</translation>
    </message>
    <message>
        <source>Next step (Right arrow or Page Down)</source>
        <translation>Nächster Schritt (Pfeil rechts oder Bild ab)</translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation>Präsentation verlassen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Add this scenario as a step…</source>
        <translation>Dieses Szenario als Schritt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Story step</source>
        <translation>Story-Schritt</translation>
    </message>
    <message>
        <source>Title of the step:</source>
        <translation>Titel des Schritts:</translation>
    </message>
    <message>
        <source>&amp;Open story…</source>
        <translation>Story ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Story öffnen</translation>
    </message>
    <message>
        <source>dtx stories (*.json)</source>
        <translation>dtx-Storys (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the story</source>
        <translation>Die Story kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Save story as…</source>
        <translation>Story speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save story</source>
        <translation>Story speichern</translation>
    </message>
    <message>
        <source>Cannot save the story</source>
        <translation>Die Story kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Start a &amp;new story</source>
        <translation>&amp;Neue Story beginnen</translation>
    </message>
    <message>
        <source>Use the &amp;built-in story</source>
        <translation>&amp;Integrierte Story verwenden</translation>
    </message>
    <message>
        <source>This story has no steps yet</source>
        <translation>Diese Story hat noch keine Schritte</translation>
    </message>
    <message>
        <source>Leave with Esc, then add scenarios with View → Story → Add this scenario as a step.</source>
        <translation>Mit Esc verlassen, dann Szenarien über Ansicht → Story → Dieses Szenario als Schritt hinzufügen aufnehmen.</translation>
    </message>
    <message>
        <source>0 / 0</source>
        <translation>0 / 0</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>story step %1</source>
        <translation>Story-Schritt %1</translation>
    </message>
    <message>
        <source>Back to the window and to the scenario as it was before the story.</source>
        <translation>Zurück zum Fenster und zum Szenario, wie es vor der Story war.</translation>
    </message>
    <message>
        <source>Its message, in one sentence. {c_local}, {c_quality}, {eta}, {cost}, {nodes}, {nodes_for_1e25} and the like quote the step&apos;s own figures, so they always match the screen:</source>
        <translation>Die Botschaft in einem Satz. {c_local}, {c_quality}, {eta}, {cost}, {nodes}, {nodes_for_1e25} und ähnliche Platzhalter zitieren die Zahlen des Schritts selbst und stimmen so immer mit dem Bildschirm überein:</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>presentation&apos;s scenario</source>
        <translation>Szenario der Präsentation</translation>
    </message>
</context>
<context>
    <name>dtx::ui::RevisionSelector</name>
    <message>
        <source>Show the other revision</source>
        <translation>Die andere Revision zeigen</translation>
    </message>
    <message>
        <source>Model revision</source>
        <translation>Modellrevision</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which version of the evaluation model every figure comes from. &lt;b&gt;2026-02&lt;/b&gt; is the seed model the project started from; &lt;b&gt;2026-04&lt;/b&gt; is its authors&apos; April 2026 revision: 50-GPU A100 nodes at $7,000, 150× compression with error feedback, separate upload and download, a relay straggler mode, and a replica penalty that raises the loss and grows with the inner-step count. Switching keeps every input you changed that both revisions have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aus welcher Version des Bewertungsmodells jede Zahl stammt. &lt;b&gt;2026-02&lt;/b&gt; ist das Ausgangsmodell des Projekts; &lt;b&gt;2026-04&lt;/b&gt; ist die Revision seiner Autoren vom April 2026: A100-Knoten mit 50 GPUs zu 7.000 $, 150× Kompression mit Fehlerrückführung, getrennter Upload und Download, ein Relais-Modus für Nachzügler und ein Replikat-Abschlag, der den Verlust erhöht und mit der Zahl innerer Schritte wächst. Beim Wechsel behält jede geänderte Eingabe, die beide Revisionen haben, ihren Wert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Draws the other revision&apos;s curves dashed in the same colour on every plot, and gives both figures and their ratio in the headline and the brief.</source>
        <translation>Zeichnet die Kurven der anderen Revision gestrichelt in derselben Farbe in jedes Diagramm und nennt in der Übersicht und im Kurzbericht beide Zahlen und ihr Verhältnis.</translation>
    </message>
    <message>
        <source>Show %1 too (dashed)</source>
        <translation>%1 auch zeigen (gestrichelt)</translation>
    </message>
    <message>
        <source>Now under %1; every input keeps its value.</source>
        <translation>Jetzt unter %1; jede Eingabe behält ihren Wert.</translation>
    </message>
    <message>
        <source>node %1 → %2</source>
        <translation>Knoten %1 → %2</translation>
    </message>
    <message>
        <source>compression %1× → %2×</source>
        <translation>Kompression %1× → %2×</translation>
    </message>
    <message>
        <source>error feedback on</source>
        <translation>Fehlerrückführung an</translation>
    </message>
    <message>
        <source>no error feedback</source>
        <translation>keine Fehlerrückführung</translation>
    </message>
    <message>
        <source>stragglers: %1</source>
        <translation>Nachzügler: %1</translation>
    </message>
    <message>
        <source>upload / download %1 Mbps → one symmetric %2 Mbps</source>
        <translation>Upload / Download %1 Mbps → symmetrisch %2 Mbps</translation>
    </message>
    <message>
        <source>fixed inner steps (%1) dropped</source>
        <translation>feste innere Schritte (%1) entfallen</translation>
    </message>
    <message>
        <source>Now under %1. Defaults that changed: %2.</source>
        <translation>Jetzt unter %1. Geänderte Standardwerte: %2.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::RunLengthLimitLine</name>
    <message>
        <source>Maximum run length (%1)</source>
        <translation>Maximale Laufzeit (%1)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScaleTab</name>
    <message>
        <source>Training compute against node count</source>
        <translation>Trainings-Rechenaufwand abhängig von der Knotenzahl</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Rechenaufwand (FLOP)</translation>
    </message>
    <message>
        <source>Efficiency eta against node count</source>
        <translation>Effizienz eta abhängig von der Knotenzahl</translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation>eta (Anteil des lokalen Rechenaufwands)</translation>
    </message>
    <message>
        <source>Hardware cost against node count</source>
        <translation>Hardwarekosten abhängig von der Knotenzahl</translation>
    </message>
    <message>
        <source>GPU cost (US$)</source>
        <translation>GPU-Kosten (US$)</translation>
    </message>
    <message>
        <source>%1: C_local</source>
        <translation>%1: C_local</translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation>C_local (lokal-äquivalent)</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation>C_quality (qualitätsbereinigt)</translation>
    </message>
    <message>
        <source>eta, this scenario</source>
        <translation>eta, dieses Szenario</translation>
    </message>
    <message>
        <source>Cost, this scenario</source>
        <translation>Kosten, dieses Szenario</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Dieses Szenario</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScenarioEditCommand</name>
    <message>
        <source>%1 change</source>
        <translation>Änderung an %1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScenarioFiles</name>
    <message>
        <source>dtx scenarios (*.json);;All files (*)</source>
        <translation>dtx-Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation>Das Szenario „%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The current scenario is unchanged.</source>
        <translation>%1

Das aktuelle Szenario bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Das Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged.</source>
        <translation>%1

Die Datei auf dem Datenträger bleibt unverändert.</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>scenario.json</source>
        <translation>szenario.json</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Keine zuletzt geöffneten Szenarien</translation>
    </message>
    <message>
        <source>the unusable session at %1 is kept as it was</source>
        <translation>die unbrauchbare Sitzung in %1 bleibt unverändert</translation>
    </message>
    <message>
        <source>The session cannot be kept</source>
        <translation>Die Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

The unsaved changes to “%2” will not come back at the next start. Quit all the same?</source>
        <translation>%1

Die ungespeicherten Änderungen an „%2“ sind beim nächsten Start nicht mehr da. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>The last session could not be restored: %1

It could not be moved aside either, so it is left untouched at %2.</source>
        <translation>Die letzte Sitzung konnte nicht wiederhergestellt werden: %1

Sie ließ sich auch nicht beiseitelegen und bleibt daher unverändert in %2.</translation>
    </message>
    <message>
        <source>The last session could not be restored: %1

It was kept as %2; the window starts with the reference scenario.</source>
        <translation>Die letzte Sitzung konnte nicht wiederhergestellt werden: %1

Sie wurde als %2 aufbewahrt; das Fenster beginnt mit dem Referenzszenario.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::SliderField</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Range %1 to %2 %3%4. Default %5 %3.</source>
        <translation>Bereich %1 bis %2 %3%4. Standard: %5 %3.</translation>
    </message>
    <message>
        <source>, logarithmic slider</source>
        <translation>, logarithmischer Regler</translation>
    </message>
    <message>
        <source>Back to the default, %1 %2</source>
        <translation>Zurück zum Standardwert, %1 %2</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::StoryText</name>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>dtx::ui::TimeTab</name>
    <message>
        <source>Training compute against the time budget</source>
        <translation>Trainings-Rechenaufwand abhängig vom Zeitbudget</translation>
    </message>
    <message>
        <source>Time budget (months)</source>
        <translation>Zeitbudget (Monate)</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Rechenaufwand (FLOP)</translation>
    </message>
    <message>
        <source>Longest sensible run against total growth</source>
        <translation>Längster sinnvoller Lauf abhängig vom Gesamtwachstum</translation>
    </message>
    <message>
        <source>Total growth (orders of magnitude per year)</source>
        <translation>Gesamtwachstum (Größenordnungen pro Jahr)</translation>
    </message>
    <message>
        <source>Longest sensible run (months)</source>
        <translation>Längster sinnvoller Lauf (Monate)</translation>
    </message>
    <message>
        <source>Hardware growth</source>
        <translation>Hardware-Wachstum</translation>
    </message>
    <message>
        <source>How fast compute per dollar improves each year, in orders of magnitude (Epoch AI, &quot;The longest training run&quot;).</source>
        <translation>Wie schnell sich die Rechenleistung pro Dollar jedes Jahr verbessert, in Größenordnungen (Epoch AI, „The longest training run“).</translation>
    </message>
    <message>
        <source>Software growth</source>
        <translation>Software-Wachstum</translation>
    </message>
    <message>
        <source>How fast algorithms cut the compute a given capability needs, in orders of magnitude per year (Epoch AI).</source>
        <translation>Wie schnell Algorithmen den Rechenaufwand für eine bestimmte Fähigkeit senken, in Größenordnungen pro Jahr (Epoch AI).</translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation>Investitionswachstum</translation>
    </message>
    <message>
        <source>How fast the money spent on the largest runs grows, in orders of magnitude per year (Epoch AI).</source>
        <translation>Wie schnell die Ausgaben für die größten Läufe wachsen, in Größenordnungen pro Jahr (Epoch AI).</translation>
    </message>
    <message>
        <source>No treaty</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>Today&apos;s growth rates (Epoch AI): about %1 orders of magnitude a year.</source>
        <translation>Heutige Wachstumsraten (Epoch AI): etwa %1 Größenordnungen pro Jahr.</translation>
    </message>
    <message>
        <source>Treaty slowdown</source>
        <translation>Verlangsamung durch den Vertrag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Longest sensible training run&lt;/b&gt;</source>
        <translation>&lt;b&gt;Längster sinnvoller Trainingslauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A run longer than L is finished sooner by one that starts later with better hardware, better software and a bigger budget.</source>
        <translation>Einen Lauf, der länger als L dauert, überholt ein später gestarteter Lauf mit besserer Hardware, besserer Software und größerem Budget.</translation>
    </message>
    <message>
        <source>OOM/yr</source>
        <translation>OOM/Jahr</translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation>C_local (lokal-äquivalent)</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation>C_quality (qualitätsbereinigt)</translation>
    </message>
    <message>
        <source>Longest sensible run: %1</source>
        <translation>Längster sinnvoller Lauf: %1</translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation>Dieses Szenario: %1</translation>
    </message>
    <message>
        <source>Longest sensible run L</source>
        <translation>Längster sinnvoller Lauf L</translation>
    </message>
    <message>
        <source>Your inputs: %1</source>
        <translation>Ihre Eingaben: %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>This scenario&apos;s budget: %1</source>
        <translation>Budget dieses Szenarios: %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>With no growth at all, a later run is never better equipped, so no run is overtaken by waiting.</source>
        <translation>Ohne jedes Wachstum ist ein späterer Lauf nie besser ausgestattet, daher wird kein Lauf durch Abwarten überholt.</translation>
    </message>
    <message>
        <source>A run longer than %1 is overtaken by a later, better-equipped run. Total growth: %2 orders of magnitude a year. This scenario&apos;s budget of %3 is %4.</source>
        <translation>Ein Lauf, der länger als %1 dauert, wird von einem späteren, besser ausgestatteten Lauf überholt. Gesamtwachstum: %2 Größenordnungen pro Jahr. Das Budget dieses Szenarios (%3) ist %4.</translation>
    </message>
    <message>
        <source>longer than that</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>within it</source>
        <translation>innerhalb dieser Grenze</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All three rates scaled down together to a total of %1 orders of magnitude a year, the slowdown the model assumes under the treaty.</source>
        <translation>Alle drei Raten gemeinsam auf insgesamt %1 Größenordnungen pro Jahr gesenkt, die Verlangsamung, die das Modell unter dem Vertrag annimmt.</translation>
    </message>
    <message>
        <source>L = 1 / ((g_H + g_S + g_I) × ln 10) years, after Epoch AI, &quot;The longest training run&quot; (2022).</source>
        <translation>L = 1 / ((g_H + g_S + g_I) × ln 10) Jahre, nach Epoch AI, „The longest training run“ (2022).</translation>
    </message>
    <message>
        <source>growth rates</source>
        <translation>Wachstumsraten</translation>
    </message>
</context>
<context>
    <name>dtx::ui::TrainingRunTab</name>
    <message>
        <source>Training time against node count</source>
        <translation>Trainingsdauer abhängig von der Knotenzahl</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Training time (days)</source>
        <translation>Trainingsdauer (Tage)</translation>
    </message>
    <message>
        <source>Training time against WAN bandwidth</source>
        <translation>Trainingsdauer abhängig von der WAN-Bandbreite</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>WAN-Bandbreite (Mbps)</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>This plan (%1)</source>
        <translation>Dieser Plan (%1)</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Trainingslauf</translation>
    </message>
    <message>
        <source>Training run summary</source>
        <translation>Zusammenfassung des Trainingslaufs</translation>
    </message>
    <message>
        <source>How long the run takes, what limits it and whether it is feasible, in words.</source>
        <translation>Beschreibt in Worten, wie lange der Lauf dauert, was ihn begrenzt und ob er machbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>Within the limit from %Ln node(s)</source>
        <translation>
            <numerusform>Innerhalb der Grenze ab %Ln Knoten</numerusform>
            <numerusform>Innerhalb der Grenze ab %Ln Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan (%Ln node(s))</source>
        <translation>
            <numerusform>Dieser Plan (%Ln Knoten)</numerusform>
            <numerusform>Dieser Plan (%Ln Knoten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::UiLanguage</name>
    <message>
        <source>no translation for &apos;%1&apos;; available: %2</source>
        <translation>keine Übersetzung für &apos;%1&apos;; verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>dtx::ui::UncertaintyTab</name>
    <message>
        <source>log₁₀ C_quality (FLOP)</source>
        <translation>log₁₀ C_quality (FLOP)</translation>
    </message>
    <message>
        <source>Share of samples (%)</source>
        <translation>Anteil der Stichproben (%)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Change from the point estimate (%)</source>
        <translation>Änderung gegenüber der Punktschätzung (%)</translation>
    </message>
    <message>
        <source>Input (row from the bottom)</source>
        <translation>Eingabe (Zeile von unten)</translation>
    </message>
    <message>
        <source>%1: %2 at %3, %4 at %5 (swing %6)</source>
        <translation>%1: %2 bei %3, %4 bei %5 (Spannweite %6)</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Range: a lever set to fixed values (ANALYSES.md A3)</source>
        <translation>Bereich: ein auf feste Werte gesetzter Hebel (ANALYSES.md A3)</translation>
    </message>
    <message numerus="yes">
        <source>With these inputs, %Ln node(s) reach a median C_quality of %1 (90 % between %2 and %3); they cross %4 with probability %5 and %6 with probability %7</source>
        <translation>
            <numerusform>Mit diesen Eingaben erreicht %Ln Knoten im Median eine C_quality von %1 (90 % zwischen %2 und %3); er überschreitet %4 mit einer Wahrscheinlichkeit von %5 und %6 mit einer Wahrscheinlichkeit von %7</numerusform>
            <numerusform>Mit diesen Eingaben erreichen %Ln Knoten im Median eine C_quality von %1 (90 % zwischen %2 und %3); sie überschreiten %4 mit einer Wahrscheinlichkeit von %5 und %6 mit einer Wahrscheinlichkeit von %7</numerusform>
        </translation>
    </message>
    <message>
        <source>; what matters most is “%1” (%2 swing)</source>
        <translation>; am stärksten wirkt „%1“ (Spannweite %2)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>5. Perzentil</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Point estimate (no uncertainty)</source>
        <translation>Punktschätzung (ohne Unsicherheit)</translation>
    </message>
    <message>
        <source>P(C_quality &gt; 10²⁴)</source>
        <translation>P(C_quality &gt; 10²⁴)</translation>
    </message>
    <message>
        <source>P(C_quality &gt; 10²⁵)</source>
        <translation>P(C_quality &gt; 10²⁵)</translation>
    </message>
    <message>
        <source>P(C_quality &gt; 10²⁶)</source>
        <translation>P(C_quality &gt; 10²⁶)</translation>
    </message>
    <message>
        <source>P(C_quality &gt; Strict Threshold)</source>
        <translation>P(C_quality &gt; strikte Schwelle)</translation>
    </message>
    <message>
        <source>&amp;Intervals in the headline</source>
        <translation>&amp;Intervalle in der Kopfzeile</translation>
    </message>
    <message>
        <source>C_quality against node count</source>
        <translation>C_quality abhängig von der Knotenzahl</translation>
    </message>
    <message>
        <source>C_quality (FLOP)</source>
        <translation>C_quality (FLOP)</translation>
    </message>
    <message>
        <source>Probability of crossing each threshold</source>
        <translation>Wahrscheinlichkeit, die jeweilige Schwelle zu überschreiten</translation>
    </message>
    <message>
        <source>C_quality at the scenario&apos;s node count</source>
        <translation>C_quality bei der Knotenzahl des Szenarios</translation>
    </message>
    <message>
        <source>What matters most: C_quality with each input at its low and high value</source>
        <translation>Was am stärksten wirkt: C_quality mit jeder Eingabe auf ihrem niedrigen und hohen Wert</translation>
    </message>
    <message>
        <source>Change in C_quality from the point estimate (%)</source>
        <translation>Änderung von C_quality gegenüber der Punktschätzung (%)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Uncertainty plots</source>
        <translation>Unsicherheitsdiagramme</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>Stich&amp;proben</translation>
    </message>
    <message>
        <source>Monte Carlo samples at the scenario&apos;s node count (the fan chart uses 1,000 at each of 100 node counts).</source>
        <translation>Monte-Carlo-Stichproben bei der Knotenzahl des Szenarios (das Fächerdiagramm nutzt je 1.000 bei 100 Knotenzahlen).</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same numbers on every machine (0 to 18446744073709551615).</source>
        <translation>Der Startwert des Zufallsgenerators: Derselbe Startwert liefert auf jedem Rechner dieselben Zahlen (0 bis 18446744073709551615).</translation>
    </message>
    <message>
        <source>Standard ranges</source>
        <translation>Standardbereiche</translation>
    </message>
    <message>
        <source>Wide ranges</source>
        <translation>Weite Bereiche</translation>
    </message>
    <message>
        <source>&amp;Ranges</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <source>Wide: MFU 20–60 % and Chinchilla exponents a ∈ [0.20, 0.48] (ANALYSES.md A1).</source>
        <translation>Weit: MFU 20–60 % und Chinchilla-Exponenten a ∈ [0,20; 0,48] (ANALYSES.md A1).</translation>
    </message>
    <message>
        <source>Besiroglu et al. 2024</source>
        <translation>Besiroglu et al. 2024</translation>
    </message>
    <message>
        <source>Hoffmann et al. 2022</source>
        <translation>Hoffmann et al. 2022</translation>
    </message>
    <message>
        <source>Scaling &amp;law</source>
        <translation>Skalierungs&amp;gesetz</translation>
    </message>
    <message>
        <source>The Chinchilla fit behind C_quality: the model&apos;s (Besiroglu 2024) or the original (Hoffmann 2022, Approach 3; k = 20).</source>
        <translation>Die Chinchilla-Anpassung hinter C_quality: die des Modells (Besiroglu 2024) oder die ursprüngliche (Hoffmann 2022, Ansatz 3; k = 20).</translation>
    </message>
    <message>
        <source>C_quality</source>
        <translation>C_quality</translation>
    </message>
    <message>
        <source>C_local</source>
        <translation>C_local</translation>
    </message>
    <message>
        <source>&amp;Fan chart of</source>
        <translation>&amp;Fächerdiagramm für</translation>
    </message>
    <message>
        <source>Which compute the fan chart shows.</source>
        <translation>Welchen Rechenaufwand das Fächerdiagramm zeigt.</translation>
    </message>
    <message>
        <source>Show the median and 90 % interval beside C_local, C_quality and eta at the top of the window (2,000 samples).</source>
        <translation>Median und 90-%-Intervall neben C_local, C_quality und eta oben im Fenster anzeigen (2.000 Stichproben).</translation>
    </message>
    <message>
        <source>No Monte Carlo for these inputs: %1</source>
        <translation>Keine Monte-Carlo-Simulation für diese Eingaben: %1</translation>
    </message>
    <message>
        <source>(Coarse preview; the histogram and the tornado follow when the inputs are still.)</source>
        <translation>(Grobe Vorschau; Histogramm und Tornado-Diagramm folgen, sobald sich die Eingaben nicht mehr ändern.)</translation>
    </message>
    <message>
        <source>%1 against node count: 5–95 % of samples (coarse preview, %2 samples; refining)</source>
        <translation>%1 abhängig von der Knotenzahl: 5–95 % der Stichproben (grobe Vorschau, %2 Stichproben; wird verfeinert)</translation>
    </message>
    <message>
        <source>%1 against node count: 5–95 % of %2 samples</source>
        <translation>%1 abhängig von der Knotenzahl: 5–95 % von %2 Stichproben</translation>
    </message>
    <message>
        <source>5–95 % of samples</source>
        <translation>5–95 % der Stichproben</translation>
    </message>
    <message>
        <source>This scenario (median)</source>
        <translation>Dieses Szenario (Median)</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message numerus="yes">
        <source>This scenario: %Ln node(s)</source>
        <translation>
            <numerusform>Dieses Szenario: %Ln Knoten</numerusform>
            <numerusform>Dieses Szenario: %Ln Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C_quality at %Ln node(s): %1 samples</source>
        <translation>
            <numerusform>C_quality bei %Ln Knoten: %1 Stichproben</numerusform>
            <numerusform>C_quality bei %Ln Knoten: %1 Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of samples</source>
        <translation>Anteil der Stichproben</translation>
    </message>
    <message>
        <source>Strict Threshold %1</source>
        <translation>Strikte Schwelle %1</translation>
    </message>
    <message>
        <source>At the input&apos;s low value</source>
        <translation>Beim niedrigen Wert der Eingabe</translation>
    </message>
    <message>
        <source>At the input&apos;s high value</source>
        <translation>Beim hohen Wert der Eingabe</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>The fan chart, the exceedance probabilities, the histogram, the tornado and the Chinchilla amplification; scrolls on small screens.</source>
        <translation>Fächerdiagramm, Überschreitungswahrscheinlichkeiten, Histogramm, Tornado und Chinchilla-Verstärkung; auf kleinen Bildschirmen scrollbar.</translation>
    </message>
    <message>
        <source>What matters most: C_quality with each input at its low and high value (point estimate %1)</source>
        <translation>Was am stärksten wirkt: C_quality mit jeder Eingabe auf ihrem niedrigen und hohen Wert (Punktschätzung %1)</translation>
    </message>
</context>
</TS>
