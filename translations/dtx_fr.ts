<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Impossible d&apos;exporter le tableau</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Decentralized training under the treaty&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Entraînement décentralisé sous le régime du traité&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Key findings&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Principales conclusions&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The run reaches &lt;b&gt;%1&lt;/b&gt;, %2 the treaty&apos;s Strict Threshold of %3.&lt;/li&gt;</source>
        <translation>&lt;li&gt;L&apos;entraînement atteint &lt;b&gt;%1&lt;/b&gt;, soit %2 le seuil strict du traité (%3).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 is not reachable within %2 nodes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 ne peut pas être atteint avec %2 nœuds ou moins.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Each node stays &lt;b&gt;under the registration thresholds&lt;/b&gt; (%1 H100-equivalents against a limit of %2).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Chaque nœud reste &lt;b&gt;sous les seuils de déclaration&lt;/b&gt; (%1 équivalents H100 pour une limite de %2).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Each node &lt;b&gt;must be registered&lt;/b&gt; under the current thresholds.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Chaque nœud &lt;b&gt;doit être déclaré&lt;/b&gt; selon les seuils actuels.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Synchronising over the internet keeps %1 of the compute (eta); a quality-adjusted %2 remains once model size and data are weighed (C_quality).&lt;/li&gt;</source>
        <translation>&lt;li&gt;La synchronisation par Internet conserve %1 du calcul (eta)&#xa0;; il reste %2 de calcul ajusté en qualité une fois la taille du modèle et les données prises en compte (C_quality).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;These inputs give no result: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Ces entrées ne donnent aucun résultat&#xa0;: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Headline figures&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h2&gt;Chiffres clés&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Inputs&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h2&gt;Entrées&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>WAN bandwidth / latency</source>
        <translation>Bande passante / latence WAN</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Compression du pseudo-gradient</translation>
    </message>
    <message>
        <source>Compression quality scenario</source>
        <translation>Scénario de qualité de compression</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Budget de temps</translation>
    </message>
    <message>
        <source>CCC threshold</source>
        <translation>Seuil CCC</translation>
    </message>
    <message>
        <source> H100-equivalents</source>
        <translation> équivalents H100</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources behind the assumptions&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Assumption&lt;/th&gt;&lt;th&gt;Source&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Sources des hypothèses&lt;/h2&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Hypothèse&lt;/th&gt;&lt;th&gt;Source&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the model leaves out&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Efficiency figures extrapolate published DiLoCo results; 100× compression is validated only at 512 M parameters.&lt;/li&gt;&lt;li&gt;Hardware is priced at purchase; power, buildings, networking and staff are not counted.&lt;/li&gt;&lt;li&gt;Nodes are assumed identical and always available; failures and churn are covered only by the straggler factor.&lt;/li&gt;&lt;li&gt;The treaty&apos;s chip tracking, financial monitoring and consolidation rules are not modelled: they may stop an actor long before the compute figures matter.&lt;/li&gt;&lt;li&gt;Quality-adjusted compute uses a Chinchilla fit; other scaling regimes would move it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Ce que le modèle laisse de côté&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Les chiffres d&apos;efficacité extrapolent des résultats DiLoCo publiés&#xa0;; une compression de 100× n&apos;est validée qu&apos;à 512 M de paramètres.&lt;/li&gt;&lt;li&gt;Le matériel est compté à son prix d&apos;achat&#xa0;; l&apos;électricité, les bâtiments, le réseau et le personnel ne sont pas comptés.&lt;/li&gt;&lt;li&gt;Les nœuds sont supposés identiques et toujours disponibles&#xa0;; les pannes et la rotation des nœuds ne sont couvertes que par le facteur de retardataires.&lt;/li&gt;&lt;li&gt;Le suivi des puces, la surveillance financière et les règles de consolidation du traité ne sont pas modélisés&#xa0;: ils peuvent arrêter un acteur bien avant que les chiffres de calcul n&apos;entrent en jeu.&lt;/li&gt;&lt;li&gt;Le calcul ajusté en qualité repose sur un ajustement de Chinchilla&#xa0;; d&apos;autres lois d&apos;échelle le modifieraient.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Decentralized training under the treaty</source>
        <translation>Entraînement décentralisé sous le régime du traité</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a session file (%2)</source>
        <translation>%1&#xa0;: pas un fichier de session (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer dtx (session format %2; this version reads %3)</source>
        <translation>%1 a été écrit par un dtx plus récent (format de session %2&#xa0;; cette version lit %3)</translation>
    </message>
    <message>
        <source>%1: not a session file</source>
        <translation>%1&#xa0;: pas un fichier de session</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Training run plan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Plan de l&apos;entraînement&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The planner plans a cluster of its own, set on the Training run tab (not the scenario above).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le planificateur planifie une grappe propre, réglée dans l&apos;onglet «&#xa0;Entraînement&#xa0;» (et non le scénario ci-dessus).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The planner plans the scenario above: its nodes, node, model, network and the tokens its time budget trains.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le planificateur planifie le scénario ci-dessus&#xa0;: ses nœuds, le type de nœud, le modèle, le réseau et les jetons que son budget de temps entraîne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>mixture of experts, %1 active</source>
        <translation>mélange d&apos;experts, %1 actifs</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>%1 PFLOPS, %2 GB each; MFU %3</source>
        <translation>%1 PFLOPS et %2 Go chacun&#xa0;; MFU %3</translation>
    </message>
    <message>
        <source>Precision, compression</source>
        <translation>Précision, compression</translation>
    </message>
    <message>
        <source>streaming synchronisation</source>
        <translation>synchronisation en continu</translation>
    </message>
    <message>
        <source>&lt;p&gt;These inputs cannot be planned: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces paramètres ne permettent aucune planification&#xa0;: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Durée d&apos;entraînement</translation>
    </message>
    <message>
        <source>network-bound</source>
        <translation>limité par le réseau</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>limité par le calcul</translation>
    </message>
    <message>
        <source>Longest sensible run</source>
        <translation>Entraînement le plus long qui ait du sens</translation>
    </message>
    <message>
        <source>the run ends within it</source>
        <translation>l&apos;entraînement se termine dans cette limite</translation>
    </message>
    <message>
        <source>the run is longer</source>
        <translation>l&apos;entraînement dure plus longtemps</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;%1 needs &lt;b&gt;%Ln node(s)&lt;/b&gt; (%2, %3).&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 demande &lt;b&gt;%Ln nœud&lt;/b&gt; (%2, %3).&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 demande &lt;b&gt;%Ln nœuds&lt;/b&gt; (%2, %3).&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p class=&apos;small&apos;&gt;Decentralized Training Explorer brief, %1. Scenario: %2. Model revision %3.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;small&apos;&gt;Note de synthèse Decentralized Training Explorer, %1. Scénario&#xa0;: %2. Révision du modèle %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Under each model revision&lt;/h2&gt;&lt;p&gt;The same inputs evaluated by the seed model (2026-02) and by its authors&apos; April 2026 revision; inputs you did not set take each revision&apos;s defaults.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;</source>
        <translation>&lt;h2&gt;Sous chaque révision du modèle&lt;/h2&gt;&lt;p&gt;Les mêmes entrées évaluées par le modèle d’origine (2026-02) et par la révision d’avril 2026 de ses auteurs&#xa0;; les entrées non réglées prennent les valeurs par défaut de chaque révision.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>C_local</source>
        <translation>C_local</translation>
    </message>
    <message>
        <source>%1 (%2 the Strict Threshold)</source>
        <translation>%1 (%2 le seuil strict)</translation>
    </message>
    <message>
        <source>C_quality</source>
        <translation>C_quality</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Efficacité eta</translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation>Coût du matériel</translation>
    </message>
    <message>
        <source>Fewest nodes for %1</source>
        <translation>Nombre minimal de nœuds pour %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not within %1</source>
        <translation>pas avec %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence&lt;/h2&gt;&lt;p&gt;What real decentralised runs reported against what model %1 predicts from their inputs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Données empiriques&lt;/h2&gt;&lt;p&gt;Ce qu&apos;ont rapporté de vrais entraînements décentralisés, face à ce que le modèle %1 prédit à partir de leurs entrées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The memory rule for this scenario&apos;s chip&lt;/h2&gt;&lt;p&gt;Covered when a cluster&apos;s FP16 exceeds 16 H100-equivalents or its %1 exceeds %2 GB.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;</source>
        <translation>&lt;h2&gt;La règle de mémoire pour la puce de ce scénario&lt;/h2&gt;&lt;p&gt;Une grappe est couverte lorsque sa puissance FP16 dépasse 16 équivalents H100 ou que sa %1 dépasse %2 Go.&lt;/p&gt;&lt;table width=&apos;100%&apos;&gt;</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>accelerator memory</source>
        <translation>mémoire d&apos;accélérateur</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Puce</translation>
    </message>
    <message>
        <source>%1 GB %2, %3 TFLOPS FP16</source>
        <translation>%1 Go %2, %3 TFLOPS FP16</translation>
    </message>
    <message>
        <source>Largest unregistered node</source>
        <translation>Plus grand nœud non déclaré</translation>
    </message>
    <message>
        <source>%1 → %2 GPUs</source>
        <translation>%1 → %2 GPU</translation>
    </message>
    <message>
        <source>now → with the memory rule</source>
        <translation>actuellement → avec la règle de mémoire</translation>
    </message>
    <message>
        <source>Largest model on one node</source>
        <translation>Plus grand modèle sur un nœud</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>FP8 training, 14 bytes a parameter</source>
        <translation>Entraînement en FP8, 14 octets par paramètre</translation>
    </message>
    <message>
        <source>FP16 training, 16 bytes a parameter</source>
        <translation>Entraînement en FP16, 16 octets par paramètre</translation>
    </message>
    <message>
        <source>Newly caught</source>
        <translation>Nouvellement visés</translation>
    </message>
    <message>
        <source>%1–%2 GPUs</source>
        <translation>%1–%2 GPU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>node sizes the memory rule adds to the compute rule</source>
        <translation>tailles de nœud que la règle de mémoire vise en plus de la règle de calcul</translation>
    </message>
</context>
<context>
    <name>dtx::NetworkProfiles</name>
    <message>
        <source>Same cloud region</source>
        <translation>Même région cloud</translation>
    </message>
    <message>
        <source>Same continent (EU)</source>
        <translation>Même continent (UE)</translation>
    </message>
    <message>
        <source>Continental US</source>
        <translation>États-Unis continentaux</translation>
    </message>
    <message>
        <source>Transatlantic</source>
        <translation>Transatlantique</translation>
    </message>
    <message>
        <source>Transpacific</source>
        <translation>Transpacifique</translation>
    </message>
    <message>
        <source>US East–Asia</source>
        <translation>Est des États-Unis – Asie</translation>
    </message>
    <message>
        <source>Global worst-case</source>
        <translation>Pire cas mondial</translation>
    </message>
    <message>
        <source>Colocated (same metro)</source>
        <translation>Colocalisé (même agglomération)</translation>
    </message>
    <message>
        <source>Same country (US)</source>
        <translation>Même pays (États-Unis)</translation>
    </message>
    <message>
        <source>Continental (US coasts)</source>
        <translation>Continental (côtes des États-Unis)</translation>
    </message>
    <message>
        <source>Continental (EU)</source>
        <translation>Continental (UE)</translation>
    </message>
    <message>
        <source>Global (adversarial)</source>
        <translation>Mondial (défavorable)</translation>
    </message>
</context>
<context>
    <name>dtx::TornadoLever</name>
    <message>
        <source>WAN bandwidth</source>
        <translation>Bande passante WAN</translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation>Latence WAN</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Budget de temps</translation>
    </message>
    <message>
        <source>Compression ratio</source>
        <translation>Taux de compression</translation>
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
        <translation>MFU 30–45&#xa0;% (Governance Analysis §5.1)&#xa0;; 30–60&#xa0;% et 36,2–43,3&#xa0;% pour INTELLECT-1 (Simulator Documentation §1.3)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>16.9 of 20 peers active on average (Covenant-72B §1); &gt;90 % effective training time for Llama 3 (arXiv:2407.21783)</source>
        <translation>16,9 pairs sur 20 actifs en moyenne (Covenant-72B §1)&#xa0;; &gt;90&#xa0;% de temps d&apos;entraînement effectif pour Llama 3 (arXiv:2407.21783)</translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation>Qualité de compression</translation>
    </message>
    <message>
        <source>The conservative, expected and optimistic columns of the active compression table (Simulator Documentation §4.6)</source>
        <translation>Les colonnes prudente, attendue et optimiste de la table de compression en vigueur (Simulator Documentation §4.6)</translation>
    </message>
    <message>
        <source>Activation quality</source>
        <translation>Qualité des activations</translation>
    </message>
    <message>
        <source>The conservative, expected and optimistic columns of the active activation table (Compression Quality §6)</source>
        <translation>Les colonnes prudente, attendue et optimiste de la table des activations en vigueur (Compression Quality §6)</translation>
    </message>
    <message>
        <source>Sync-interval sensitivity α</source>
        <translation>Sensibilité à l&apos;intervalle de synchronisation α</translation>
    </message>
    <message>
        <source>α 0.05–0.06 rather than 0.08, 2–4 % at H = 200 (Conservative Assumptions §1.2); the upper end mirrored</source>
        <translation>α 0,05–0,06 au lieu de 0,08, 2–4&#xa0;% à H = 200 (Conservative Assumptions §1.2)&#xa0;; borne haute obtenue par symétrie</translation>
    </message>
    <message>
        <source>Straggler coefficient</source>
        <translation>Coefficient des retardataires</translation>
    </message>
    <message>
        <source>An engineering estimate (Simulator Documentation §5.1), 5–15 % too high at 50+ nodes (Conservative Assumptions §1.3); the upper end mirrored</source>
        <translation>Une estimation d&apos;ingénieur (Simulator Documentation §5.1), trop élevée de 5–15&#xa0;% à partir de 50 nœuds (Conservative Assumptions §1.3)&#xa0;; borne haute obtenue par symétrie</translation>
    </message>
    <message>
        <source>Replica penalty</source>
        <translation>Pénalité de réplicas</translation>
    </message>
    <message>
        <source>Seed: up to Epoch&apos;s 1.5× FLOP at 8 replicas, 22.2× the seed (Simulator Documentation §4.7). 2026-04: β0 × 0.5–2, a project choice for a weakly calibrated fit (§10.9)</source>
        <translation>Modèle d&apos;origine&#xa0;: jusqu&apos;à 1,5× FLOP selon Epoch à 8 réplicas, soit 22,2× la valeur du modèle d&apos;origine (Simulator Documentation §4.7). 2026-04&#xa0;: β0 × 0,5–2, un choix du projet pour un ajustement peu calibré (§10.9)</translation>
    </message>
    <message>
        <source>Chinchilla exponents</source>
        <translation>Exposants Chinchilla</translation>
    </message>
    <message>
        <source>a and b moved together; SE 0.02, 95 % CI a ∈ [0.31, 0.39] (Scaling Law Uncertainty §1, §3); wide: a ∈ [0.20, 0.48], Ruan et al. 2025</source>
        <translation>a et b varient ensemble&#xa0;; erreur type 0,02, IC à 95&#xa0;% a ∈ [0.31, 0.39] (Scaling Law Uncertainty §1, §3)&#xa0;; larges&#xa0;: a ∈ [0.20, 0.48], Ruan et al. 2025</translation>
    </message>
    <message>
        <source>Irreducible loss E</source>
        <translation>Perte irréductible E</translation>
    </message>
    <message>
        <source>SE 0.03 (Scaling Law Uncertainty §1); acts only through the replica loss multiplier</source>
        <translation>Erreur type 0,03 (Scaling Law Uncertainty §1)&#xa0;; n&apos;agit que par le multiplicateur de perte des réplicas</translation>
    </message>
    <message>
        <source>Hierarchy exponent x</source>
        <translation>Exposant de hiérarchie x</translation>
    </message>
    <message>
        <source>H_eff = H_inner × H_reg^x with x 0.5–0.8 (Conservative Assumptions §1.5)</source>
        <translation>H_eff = H_inner × H_reg^x avec x 0,5–0,8 (Conservative Assumptions §1.5)</translation>
    </message>
    <message>
        <source>Wide: MFU 20–60 % (MIRI hardware utilization data); Covenant-72B implies 24 %</source>
        <translation>Larges&#xa0;: MFU 20–60&#xa0;% (données d&apos;utilisation du matériel du MIRI)&#xa0;; Covenant-72B implique 24&#xa0;%</translation>
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
        <translation>Ce scénario&#xa0;: %1, %2</translation>
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
        <translation>Pourquoi une petite perte coûte beaucoup de calcul (amplification de Chinchilla)</translation>
    </message>
    <message>
        <source>Loss multiplier m</source>
        <translation>Multiplicateur de perte m</translation>
    </message>
    <message>
        <source>A loss m times the run&apos;s own, as many replicas cause it (1.016: the revision&apos;s β0 at 72 replicas and H = 200).</source>
        <translation>Une perte m fois celle de l&apos;entraînement lui-même, comme en causent de nombreux réplicas (1,016&#xa0;: le β0 de la révision à 72 réplicas et H = 200).</translation>
    </message>
    <message>
        <source>Loss multiplier &amp;m</source>
        <translation>Multiplicateur de perte &amp;m</translation>
    </message>
    <message>
        <source>Per model: the loss, its improvable part, their ratio, the amplification and what the multiplier leaves.</source>
        <translation>Par modèle&#xa0;: la perte, sa part améliorable, leur rapport, l&apos;amplification et ce que laisse le multiplicateur.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Loss L</source>
        <translation>Perte L</translation>
    </message>
    <message>
        <source>Improvable G</source>
        <translation>Améliorable G</translation>
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
        <translation>χ à m</translation>
    </message>
    <message>
        <source>Effective size N′</source>
        <translation>Taille effective N′</translation>
    </message>
    <message>
        <source>For this scenario&apos;s model the improvable loss is %1 of the loss, so each 0.1 % more loss costs about %2 % of the compute: a loss ×%3 leaves %4 of it (χ), as much as a compute-optimal %5 model.</source>
        <translation>Pour le modèle de ce scénario, la perte améliorable est %1 de la perte, donc chaque 0,1&#xa0;% de perte en plus coûte environ %2&#xa0;% du calcul&#xa0;: une perte ×%3 en laisse %4 (χ), autant qu&apos;un modèle de %5 optimal en calcul.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::Appearance</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CollateralCatchChart</name>
    <message>
        <source>CCC threshold</source>
        <translation>Seuil CCC</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Seuil mémoire</translation>
    </message>
    <message>
        <source>Systems each threshold catches</source>
        <translation>Visés par seuil</translation>
    </message>
    <message>
        <source>Systems caught (of %1)</source>
        <translation>Systèmes visés (sur %1)</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = %1 (now)</source>
        <translation>T = %1 (actuel)</translation>
    </message>
    <message>
        <source>L = %1 GB</source>
        <translation>L = %1 Go</translation>
    </message>
    <message>
        <source>L = %1 GB (now)</source>
        <translation>L = %1 Go (actuel)</translation>
    </message>
    <message>
        <source>L: no rule (now)</source>
        <translation>L&#xa0;: aucune règle (actuel)</translation>
    </message>
    <message>
        <source>Systems caught per threshold</source>
        <translation>Systèmes visés par seuil</translation>
    </message>
    <message>
        <source>Bar chart: how many of the reference systems each compute or memory threshold would make register; the table beside it lists them one by one.</source>
        <translation>Graphique à barres&#xa0;: nombre de systèmes de référence que chaque seuil de calcul ou de mémoire soumettrait à déclaration&#xa0;; le tableau à côté les énumère un par un.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CollateralTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <source>%1 would have to register under the thresholds set in the Treaty inputs.</source>
        <translation>Le système %1 devrait être déclaré selon les seuils définis dans les entrées «&#xa0;Traité&#xa0;».</translation>
    </message>
    <message>
        <source>%1 stays unregistered under the thresholds set in the Treaty inputs.</source>
        <translation>Le système %1 reste non déclaré selon les seuils définis dans les entrées «&#xa0;Traité&#xa0;».</translation>
    </message>
    <message>
        <source>Registered when H100-equivalents exceed the CCC threshold T = %1</source>
        <translation>Déclaré lorsque les équivalents H100 dépassent le seuil CCC T = %1</translation>
    </message>
    <message>
        <source>Registered when VRAM exceeds %1 GB</source>
        <translation>Déclaré lorsque la VRAM dépasse %1 Go</translation>
    </message>
    <message>
        <source>No memory threshold is set in the Treaty inputs</source>
        <translation>Aucun seuil de mémoire n&apos;est défini dans les entrées «&#xa0;Traité&#xa0;»</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VRAM
(GB)</source>
        <translation>VRAM
(Go)</translation>
    </message>
    <message>
        <source>FP16
TFLOPS</source>
        <translation>TFLOPS
FP16</translation>
    </message>
    <message>
        <source>H100-eq</source>
        <translation>Éq. H100</translation>
    </message>
    <message>
        <source>Caught:
CCC</source>
        <translation>Visé&#xa0;:
CCC</translation>
    </message>
    <message>
        <source>Caught:
memory</source>
        <translation>Visé&#xa0;:
mémoire</translation>
    </message>
    <message>
        <source>FP16 capacity in H100 units (FP16 TFLOPS / %1)</source>
        <translation>Capacité FP16 en unités H100 (TFLOPS FP16 / %1)</translation>
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
        <translation>× seuil strict</translation>
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
        <translation>Coût du matériel</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation>Bande passante WAN</translation>
    </message>
    <message>
        <source>Pin the current scenario</source>
        <translation>Épingler le scénario actuel</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Tout désépingler</translation>
    </message>
    <message>
        <source>Keep the current inputs for comparison (up to %1).</source>
        <translation>Conserver les entrées actuelles pour comparaison (%1 au maximum).</translation>
    </message>
    <message>
        <source>Double-click a pinned column&apos;s header to unpin it.</source>
        <translation>Double-cliquez sur l&apos;en-tête d&apos;une colonne épinglée pour la désépingler.</translation>
    </message>
    <message>
        <source>C_local against node count</source>
        <translation>C_local en fonction du nombre de nœuds</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Calcul (FLOP)</translation>
    </message>
    <message>
        <source>C_local against WAN bandwidth</source>
        <translation>C_local en fonction de la bande passante WAN</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>Bande passante WAN (Mbit/s)</translation>
    </message>
    <message>
        <source>Pinned columns show their difference from the current scenario; changed figures are highlighted.</source>
        <translation>Les colonnes épinglées indiquent leur écart par rapport au scénario actuel&#xa0;; les valeurs modifiées sont mises en évidence.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation>Épinglé %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Pinned scenarios compared</source>
        <translation>Comparaison des scénarios épinglés</translation>
    </message>
    <message>
        <source>One column per scenario, the current one first; a figure that differs from the current scenario is highlighted and given as a multiple.</source>
        <translation>Une colonne par scénario, le scénario actuel en premier&#xa0;; une valeur qui diffère du scénario actuel est mise en évidence et exprimée sous forme de multiple.</translation>
    </message>
    <message>
        <source>Remove every pinned scenario from the comparison.</source>
        <translation>Retirer tous les scénarios épinglés de la comparaison.</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>multiple of the Strict Threshold</source>
        <translation>multiple du seuil strict</translation>
    </message>
    <message>
        <source>fraction of local compute</source>
        <translation>fraction du calcul local</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>billion parameters</source>
        <translation>milliards de paramètres</translation>
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
        <translation>scénarios épinglés</translation>
    </message>
    <message>
        <source>%1 × %2, %3, model %4</source>
        <translation>%1 × %2, %3, modèle %4</translation>
    </message>
    <message>
        <source>Pin it under %1</source>
        <translation>L’épingler sous %1</translation>
    </message>
    <message>
        <source>Keep the current inputs moved to model revision %1, to compare the two revisions&apos; figures side by side.</source>
        <translation>Garder les entrées actuelles transposées à la révision %1 du modèle, pour comparer côte à côte les chiffres des deux révisions.</translation>
    </message>
    <message>
        <source>C_local, 90 % interval</source>
        <translation>C_local, intervalle à 90&#xa0;%</translation>
    </message>
    <message>
        <source>C_quality, 90 % interval</source>
        <translation>C_quality, intervalle à 90&#xa0;%</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>5th to 95th percentile of %1 Monte Carlo samples (median %2)</source>
        <translation>Du 5e au 95e centile de %1 échantillons Monte Carlo (médiane %2)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ControlPanel</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>How many nodes train together. Each is one machine room below the registration threshold; they exchange pseudo-gradients over the WAN.</source>
        <translation>Nombre de nœuds qui s&apos;entraînent ensemble. Chacun est une salle machine sous le seuil de déclaration&#xa0;; ils échangent des pseudo-gradients via le WAN.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>Profil de déploiement</translation>
    </message>
    <message>
        <source>Custom bandwidth and latency</source>
        <translation>Bande passante et latence personnalisées</translation>
    </message>
    <message>
        <source>%1: %2, %3 ms</source>
        <translation>%1&#xa0;: %2, %3 ms</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation>Bande passante WAN</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Symmetric internet bandwidth of each node, in megabits per second.</source>
        <translation>Bande passante Internet symétrique de chaque nœud, en mégabits par seconde.</translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation>Latence WAN</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip time between nodes, in milliseconds.</source>
        <translation>Temps d&apos;aller-retour entre les nœuds, en millisecondes.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode d&apos;entraînement</translation>
    </message>
    <message>
        <source>Compression quality scenario</source>
        <translation>Scénario de qualité de compression</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation>Qualité de compression</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Compression du pseudo-gradient</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw pseudo-gradient (16× is 4-bit quantization with sparsification).</source>
        <translation>Facteur de réduction de chaque synchronisation par rapport au pseudo-gradient brut (16× correspond à une quantification sur 4 bits avec sparsification).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hierarchical:&lt;/b&gt; regional groups sync often over a fast regional link, then globally over the WAN.</source>
        <translation>&lt;b&gt;Hiérarchique&#xa0;:&lt;/b&gt; des groupes régionaux se synchronisent souvent sur une liaison régionale rapide, puis globalement via le WAN.</translation>
    </message>
    <message>
        <source>Nodes per regional group</source>
        <translation>Nœuds par groupe régional</translation>
    </message>
    <message>
        <source>Nodes that share one fast regional link.</source>
        <translation>Nœuds partageant une même liaison régionale rapide.</translation>
    </message>
    <message>
        <source>Regional bandwidth</source>
        <translation>Bande passante régionale</translation>
    </message>
    <message>
        <source>Bandwidth inside a regional group.</source>
        <translation>Bande passante au sein d&apos;un groupe régional.</translation>
    </message>
    <message>
        <source>Regional latency</source>
        <translation>Latence régionale</translation>
    </message>
    <message>
        <source>Round trip inside a regional group.</source>
        <translation>Aller-retour au sein d&apos;un groupe régional.</translation>
    </message>
    <message>
        <source>&lt;b&gt;MoE:&lt;/b&gt; experts are spread over nodes; every layer adds an all-to-all round trip.</source>
        <translation>&lt;b&gt;MoE&#xa0;:&lt;/b&gt; les experts sont répartis sur les nœuds&#xa0;; chaque couche ajoute un aller-retour all-to-all.</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Paramètres totaux</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Md</translation>
    </message>
    <message>
        <source>All experts together, in billions.</source>
        <translation>Tous les experts réunis, en milliards.</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>Paramètres actifs</translation>
    </message>
    <message>
        <source>Parameters used per token, in billions; at most the total.</source>
        <translation>Paramètres utilisés par token, en milliards&#xa0;; au plus le total.</translation>
    </message>
    <message>
        <source>MoE layers</source>
        <translation>Couches MoE</translation>
    </message>
    <message>
        <source>Layers with experts: one all-to-all each.</source>
        <translation>Couches à experts&#xa0;: un all-to-all chacune.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PP-Group:&lt;/b&gt; a model too big for one node is split into pipeline stages; groups of stages run DiLoCo.</source>
        <translation>&lt;b&gt;PP-Group&#xa0;:&lt;/b&gt; un modèle trop grand pour un nœud est découpé en étages de pipeline&#xa0;; des groupes d&apos;étages exécutent DiLoCo.</translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation>Compression des activations</translation>
    </message>
    <message>
        <source>How much smaller the activations sent between stages are.</source>
        <translation>Facteur de réduction des activations envoyées entre étages.</translation>
    </message>
    <message>
        <source>Micro-batches</source>
        <translation>Micro-lots</translation>
    </message>
    <message>
        <source>Micro-batches per pipeline step (GPipe).</source>
        <translation>Micro-lots par pas de pipeline (GPipe).</translation>
    </message>
    <message>
        <source>Stage link bandwidth</source>
        <translation>Bande passante entre étages</translation>
    </message>
    <message>
        <source>Bandwidth between pipeline stages.</source>
        <translation>Bande passante entre les étages du pipeline.</translation>
    </message>
    <message>
        <source>Stage link latency</source>
        <translation>Latence entre étages</translation>
    </message>
    <message>
        <source>Round trip between pipeline stages.</source>
        <translation>Aller-retour entre les étages du pipeline.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Budget de temps</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>How long the run lasts: the window before enforcement or a better run catches up.</source>
        <translation>Durée de l&apos;entraînement&#xa0;: la fenêtre avant que l&apos;application du traité ou un meilleur entraînement ne le rattrape.</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of peak throughput training achieves.</source>
        <translation>Utilisation des FLOP du modèle&#xa0;: fraction du débit de crête qu&apos;atteint l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Local batch</source>
        <translation>Lot local</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>Tokens per inner step on each node.</source>
        <translation>Tokens par pas interne sur chaque nœud.</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>B parameters</source>
        <translation>Md de paramètres</translation>
    </message>
    <message>
        <source>Dense model size in billions of parameters. Flat and hierarchical runs need it to fit one node; PP-Group needs it larger.</source>
        <translation>Taille du modèle dense, en milliards de paramètres. Les modes plat et hiérarchique exigent qu&apos;il tienne sur un nœud&#xa0;; PP-Group exige qu&apos;il soit plus grand.</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Registration threshold (CCC)</source>
        <translation>Seuil de déclaration (CCC)</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>équivalents H100</translation>
    </message>
    <message>
        <source>A cluster above this much FP16 compute must be registered (covered computing cluster).</source>
        <translation>Une grappe dont la puissance de calcul FP16 dépasse cette valeur doit être déclarée (grappe de calcul couverte, CCC).</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Seuil de mémoire</translation>
    </message>
    <message>
        <source>GB VRAM</source>
        <translation>Go de VRAM</translation>
    </message>
    <message>
        <source>Nodes with more HBM than this must register.</source>
        <translation>Les nœuds disposant de plus de HBM que cette valeur doivent être déclarés.</translation>
    </message>
    <message>
        <source>Strict Threshold</source>
        <translation>Seuil strict</translation>
    </message>
    <message>
        <source>Training compute the treaty prohibits, as a power of ten (24 = 10²⁴ FLOP).</source>
        <translation>Calcul d&apos;entraînement interdit par le traité, en puissance de dix (24 = 10²⁴ FLOP).</translation>
    </message>
    <message>
        <source>Model size: twice the largest that fits one node</source>
        <translation>Taille du modèle&#xa0;: le double du plus grand qui tient sur un nœud</translation>
    </message>
    <message>
        <source>Model size: the largest that fits one node</source>
        <translation>Taille du modèle&#xa0;: le plus grand qui tient sur un nœud</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>The scenario&apos;s inputs: node, scale, network, algorithm, training and treaty. Tab moves from one input to the next.</source>
        <translation>Les entrées du scénario&#xa0;: nœud, échelle, réseau, algorithme, entraînement et traité. La touche Tab permet de passer d&apos;une entrée à la suivante.</translation>
    </message>
    <message>
        <source>Checked: train the largest model that fits the node (the default). Unchecked: set the size with the slider below.</source>
        <translation>Coché&#xa0;: entraîner le plus grand modèle qui tient sur le nœud (par défaut). Décoché&#xa0;: définir la taille avec le curseur ci-dessous.</translation>
    </message>
    <message>
        <source>Largest model</source>
        <translation>Plus grand modèle</translation>
    </message>
    <message>
        <source>Where the nodes sit: sets the WAN bandwidth and round-trip latency together.</source>
        <translation>Où se trouvent les nœuds : fixe ensemble la bande passante WAN et la latence aller-retour.</translation>
    </message>
    <message>
        <source>How the nodes train together. Default: flat.</source>
        <translation>Comment les nœuds s’entraînent ensemble. Par défaut : plat.</translation>
    </message>
    <message>
        <source>How much quality lossy pseudo-gradient compression costs. Default: expected.</source>
        <translation>Ce que coûte en qualité la compression avec perte des pseudo-gradients. Par défaut : attendu.</translation>
    </message>
    <message>
        <source>Replica penalty</source>
        <translation>Pénalité de réplicas</translation>
    </message>
    <message>
        <source>More replicas, less efficient.</source>
        <translation>Plus de réplicas, moins d’efficacité.</translation>
    </message>
    <message>
        <source>DiLoCo loses efficiency as replicas are added. Default: on.</source>
        <translation>DiLoCo perd en efficacité à chaque réplica ajouté. Par défaut : activé.</translation>
    </message>
    <message>
        <source>Stragglers</source>
        <translation>Retardataires</translation>
    </message>
    <message>
        <source>Also register nodes above a memory threshold.</source>
        <translation>Enregistrer aussi les nœuds au-delà d’un seuil de mémoire.</translation>
    </message>
    <message>
        <source>A countermeasure the treaty does not have yet: register any node with more VRAM than this.</source>
        <translation>Une contre-mesure que le traité ne prévoit pas encore : enregistrer tout nœud doté de plus de VRAM que cette valeur.</translation>
    </message>
    <message>
        <source>10ˣ FLOP</source>
        <translation>10ˣ FLOP</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <source>A name for this scenario: exported images, CSV files and the brief carry it.</source>
        <translation>Un nom pour ce scénario&#xa0;: les images exportées, les fichiers CSV et la note le portent.</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>deployment profile</source>
        <translation>profil de déploiement</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>mode d’entraînement</translation>
    </message>
    <message>
        <source>compression quality</source>
        <translation>qualité de compression</translation>
    </message>
    <message>
        <source>replica penalty</source>
        <translation>pénalité de réplicas</translation>
    </message>
    <message>
        <source>straggler factor</source>
        <translation>facteur de retardataires</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>nom du scénario</translation>
    </message>
    <message>
        <source>straggler mode</source>
        <translation>mode des retardataires</translation>
    </message>
    <message>
        <source>model revision</source>
        <translation>révision du modèle</translation>
    </message>
    <message>
        <source>same bandwidth both ways</source>
        <translation>même débit dans les deux sens</translation>
    </message>
    <message>
        <source>error feedback</source>
        <translation>rétroaction d’erreur</translation>
    </message>
    <message>
        <source>fixed inner steps</source>
        <translation>pas internes fixes</translation>
    </message>
    <message>
        <source>Locked under model revision 2026-02: the seed model (MODEL.md) has no such input. Choose 2026-04 at the top of the inputs to change it.</source>
        <translation>Verrouillé sous la révision 2026-02&#xa0;: le modèle d’origine (MODEL.md) n’a pas cette entrée. Choisissez 2026-04 en haut des entrées pour la modifier.</translation>
    </message>
    <message>
        <source>Same speed both ways</source>
        <translation>Même débit dans les deux sens</translation>
    </message>
    <message>
        <source>Upload and download at the one bandwidth above.</source>
        <translation>Envoi et réception au débit unique ci-dessus.</translation>
    </message>
    <message>
        <source>WAN upload</source>
        <translation>Envoi WAN</translation>
    </message>
    <message>
        <source>What each node sends per second; a sync sends V bits up.</source>
        <translation>Ce que chaque nœud envoie par seconde&#xa0;; une synchronisation envoie V bits.</translation>
    </message>
    <message>
        <source>WAN download</source>
        <translation>Réception WAN</translation>
    </message>
    <message>
        <source>What each node receives per second; a sync receives V bits down.</source>
        <translation>Ce que chaque nœud reçoit par seconde&#xa0;; une synchronisation reçoit V bits.</translation>
    </message>
    <message>
        <source>Straggler mode</source>
        <translation>Mode des retardataires</translation>
    </message>
    <message>
        <source>Error feedback</source>
        <translation>Rétroaction d’erreur</translation>
    </message>
    <message>
        <source>Each sync adds back what the last compression lost.</source>
        <translation>Chaque synchronisation rajoute ce que la compression précédente a perdu.</translation>
    </message>
    <message>
        <source>Fixed inner steps</source>
        <translation>Pas internes fixes</translation>
    </message>
    <message>
        <source>Sync every H steps instead of the H that hides the sync (flat mode).</source>
        <translation>Synchroniser tous les H pas au lieu du H qui masque la synchronisation (mode plat).</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Pas internes H</translation>
    </message>
    <message>
        <source>Inner steps between syncs. Below the H that hides the sync, the run waits on the network; above it, syncs are rarer and efficiency falls.</source>
        <translation>Pas internes entre synchronisations. En dessous du H qui masque la synchronisation, l’entraînement attend le réseau&#xa0;; au-dessus, les synchronisations sont plus rares et l’efficacité baisse.</translation>
    </message>
    <message>
        <source>Off: set upload and download apart (R2). Default: on, 100 Mbps each way.</source>
        <translation>Désactivé&#xa0;: régler l’envoi et la réception séparément (R2). Par défaut&#xa0;: activé, 100 Mbps dans chaque sens.</translation>
    </message>
    <message>
        <source>&lt;p&gt;How a sync waits for late nodes. Synchronous: f(n) = 1 + %1 log2 n; threshold: late nodes are dropped, f = 1; relay (2026-04 only): a relay tree, f(n) = 1 + %2 log2 n. Default: synchronous under 2026-02, relay under 2026-04.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Comment une synchronisation attend les nœuds en retard. Synchrone&#xa0;: f(n) = 1 + %1 log2 n&#xa0;; seuil&#xa0;: les nœuds en retard sont écartés, f = 1&#xa0;; relais (2026-04 seulement)&#xa0;: un arbre de relais, f(n) = 1 + %2 log2 n. Par défaut&#xa0;: synchrone sous 2026-02, relais sous 2026-04.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes which compression-quality table applies (R4): with error feedback 150× costs about 1 %; without, about 4 %. Default: on.</source>
        <translation>Choisit la table de qualité de compression (R4)&#xa0;: avec rétroaction d’erreur, 150× coûte environ 1 %&#xa0;; sans, environ 4 %. Par défaut&#xa0;: activée.</translation>
    </message>
    <message>
        <source>Default: off (H = H_min, the smallest H that hides the sync behind compute).</source>
        <translation>Par défaut&#xa0;: désactivé (H = H_min, le plus petit H qui masque la synchronisation derrière le calcul).</translation>
    </message>
    <message>
        <source>Flat mode only: the other modes choose H themselves.</source>
        <translation>Mode plat seulement&#xa0;: les autres modes choisissent H eux-mêmes.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CoreTerms</name>
    <message>
        <source>Consumer</source>
        <translation>Grand public</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Scientific</source>
        <translation>Scientifique</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Flat streaming DiLoCo</source>
        <translation>Streaming DiLoCo plat</translation>
    </message>
    <message>
        <source>Hierarchical DiLoCo</source>
        <translation>DiLoCo hiérarchique</translation>
    </message>
    <message>
        <source>MoE with expert parallelism</source>
        <translation>MoE avec parallélisme d&apos;experts</translation>
    </message>
    <message>
        <source>PP-Group: pipeline groups + DiLoCo</source>
        <translation>PP-Group&#xa0;: groupes de pipeline + DiLoCo</translation>
    </message>
    <message>
        <source>none (no quality loss)</source>
        <translation>aucun (sans perte de qualité)</translation>
    </message>
    <message>
        <source>optimistic</source>
        <translation>optimiste</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>conservative</source>
        <translation>prudent</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>régionale</translation>
    </message>
    <message>
        <source>global</source>
        <translation>globale</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>redundancy</source>
        <translation>redondance</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>la valeur doit être un nombre fini</translation>
    </message>
    <message>
        <source>is %1; it must be from %2 to %3</source>
        <translation>la valeur est %1&#xa0;; elle doit être comprise entre %2 et %3</translation>
    </message>
    <message>
        <source>is %1; it must be greater than %2 and at most %3</source>
        <translation>la valeur est %1&#xa0;; elle doit être supérieure à %2 et au plus égale à %3</translation>
    </message>
    <message>
        <source>is %1; it must be a whole number</source>
        <translation>la valeur est %1&#xa0;; elle doit être un nombre entier</translation>
    </message>
    <message>
        <source>is %1 B, but at most %2 B fit on one node; use PP-Group mode for larger models</source>
        <translation>la valeur est %1 Md, mais au plus %2 Md tiennent sur un nœud&#xa0;; utilisez le mode PP-Group pour les modèles plus grands</translation>
    </message>
    <message>
        <source>the model fits on one node; PP-Group mode needs a model larger than one node (use flat mode)</source>
        <translation>le modèle tient sur un nœud&#xa0;; le mode PP-Group exige un modèle plus grand qu&apos;un nœud (utilisez le mode plat)</translation>
    </message>
    <message>
        <source>the growth rates sum to %1 orders of magnitude a year; the sum must be at least %2 unless a maximum run length is set</source>
        <translation>la somme des taux de croissance est de %1 ordres de grandeur par an&#xa0;; elle doit être d&apos;au moins %2, sauf si une durée maximale de run est fixée</translation>
    </message>
    <message>
        <source>Flat DiLoCo</source>
        <translation>DiLoCo plat</translation>
    </message>
    <message>
        <source>PP-Group (pipeline groups + DiLoCo)</source>
        <translation>PP-Group (groupes de pipelines + DiLoCo)</translation>
    </message>
    <message>
        <source>One pipeline over the WAN</source>
        <translation>Un seul pipeline sur le WAN</translation>
    </message>
    <message numerus="yes">
        <source>PP-Group mode needs at least two pipeline groups of %Ln node(s) each</source>
        <translation>
            <numerusform>le mode PP-Group exige au moins deux groupes de pipeline de %Ln nœud chacun</numerusform>
            <numerusform>le mode PP-Group exige au moins deux groupes de pipeline de %Ln nœuds chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>2026-02 (seed model)</source>
        <translation>2026-02 (modèle d’origine)</translation>
    </message>
    <message>
        <source>2026-04 (April revision)</source>
        <translation>2026-04 (révision d’avril)</translation>
    </message>
    <message>
        <source>synchronous (wait for the slowest)</source>
        <translation>synchrone (attendre le plus lent)</translation>
    </message>
    <message>
        <source>threshold (drop late nodes)</source>
        <translation>seuil (écarter les retardataires)</translation>
    </message>
    <message>
        <source>relay (tree hides most delay)</source>
        <translation>relais (l’arbre masque l’essentiel de l’attente)</translation>
    </message>
    <message>
        <source>is an input of model revision 2026-04 only; under 2026-02 it keeps the seed model&apos;s value</source>
        <translation>n’est une entrée que de la révision 2026-04 du modèle&#xa0;; sous 2026-02, elle garde la valeur du modèle d’origine</translation>
    </message>
    <message>
        <source>applies to flat mode only; the other modes choose the inner-step count themselves</source>
        <translation>ne s’applique qu’au mode plat&#xa0;; les autres modes choisissent eux-mêmes le nombre de pas internes</translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation>eta (fraction du calcul local)</translation>
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
        <translation>Efficacité Chinchilla</translation>
    </message>
</context>
<context>
    <name>dtx::ui::CountermeasuresTab</name>
    <message>
        <source>A100 80GB nodes (FP16)</source>
        <translation>nœuds A100 80GB (FP16)</translation>
    </message>
    <message>
        <source>H100 SXM nodes (FP8)</source>
        <translation>nœuds H100 SXM (FP8)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 avec des %2 %3</translation>
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
        <translation>Nœuds nécessaires selon le seuil CCC</translation>
    </message>
    <message>
        <source>CCC threshold T (H100-equivalents)</source>
        <translation>Seuil CCC T (équivalents H100)</translation>
    </message>
    <message>
        <source>Nodes needed</source>
        <translation>Nœuds nécessaires</translation>
    </message>
    <message>
        <source>Fleet cost vs CCC threshold</source>
        <translation>Coût de la flotte selon le seuil CCC</translation>
    </message>
    <message>
        <source>GPU cost (US$)</source>
        <translation>Coût des GPU ($ US)</translation>
    </message>
    <message>
        <source>Nodes needed vs memory threshold</source>
        <translation>Nœuds nécessaires selon le seuil de mémoire</translation>
    </message>
    <message>
        <source>Memory threshold L (GB per node)</source>
        <translation>Seuil de mémoire L (Go par nœud)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legitimate systems the thresholds would register&lt;/b&gt; (highlighted rows are caught)</source>
        <translation>&lt;b&gt;Systèmes légitimes que les seuils soumettraient à déclaration&lt;/b&gt; (les lignes en surbrillance sont visées)</translation>
    </message>
    <message>
        <source>Fleets of the largest node under each threshold, A100 80GB at FP16 (solid) or H100 SXM at FP8 (dashed), training the largest model that fits in flat DiLoCo. Network (%1, %2 ms), training inputs, time budget (%3) and assumptions are the current scenario&apos;s; fleets over %4 nodes are left out.</source>
        <translation>Flottes composées du plus grand nœud possible sous chaque seuil, A100 80GB en FP16 (trait plein) ou H100 SXM en FP8 (tirets), entraînant le plus grand modèle qui tient en DiLoCo plat. Le réseau (%1, %2 ms), les entrées d&apos;entraînement, le budget de temps (%3) et les hypothèses sont ceux du scénario actuel&#xa0;; les flottes de plus de %4 nœuds sont omises.</translation>
    </message>
    <message>
        <source>T ≤ %1</source>
        <translation>T ≤ %1</translation>
    </message>
    <message>
        <source>L ≤ %1 GB</source>
        <translation>L ≤ %1 Go</translation>
    </message>
    <message>
        <source>The hardware catalog has no GPU for %1.</source>
        <translation>Le catalogue matériel ne contient aucun GPU pour les %1.</translation>
    </message>
    <message>
        <source>at any T</source>
        <translation>quel que soit T</translation>
    </message>
    <message>
        <source>at any L</source>
        <translation>quel que soit L</translation>
    </message>
    <message>
        <source>Beyond %1 nodes, so left out: %2.</source>
        <translation>Au-delà de %1 nœuds, donc omis&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No target is reachable within %1 nodes</source>
        <translation>Aucune cible n&apos;est atteignable avec %1 nœuds ou moins</translation>
    </message>
    <message>
        <source>Current
T = %1</source>
        <translation>Actuel
T = %1</translation>
    </message>
    <message>
        <source>The current CCC threshold, T = %1 H100-equivalents, lies outside the plotted range (%2 to %3).</source>
        <translation>Le seuil CCC actuel, T = %1 équivalents H100, est hors de la plage représentée (%2 à %3).</translation>
    </message>
    <message>
        <source>Current
L = %1 GB</source>
        <translation>Actuel
L = %1 Go</translation>
    </message>
    <message>
        <source>The current memory threshold, %1 GB, lies outside the plotted range (%2 to %3 GB).</source>
        <translation>Le seuil de mémoire actuel, %1 Go, est hors de la plage représentée (%2 à %3 Go).</translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation>Contre-mesures</translation>
    </message>
    <message>
        <source>Systems caught by the thresholds</source>
        <translation>Systèmes visés par les seuils</translation>
    </message>
    <message>
        <source>Fourteen existing systems and whether the compute or memory threshold would make them register.</source>
        <translation>Quatorze systèmes existants, et si le seuil de calcul ou le seuil de mémoire les soumettrait à déclaration.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::DetectionTab</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>One synchronisation cycle on the WAN link of a node</source>
        <translation>Un cycle de synchronisation sur la liaison WAN d&apos;un nœud</translation>
    </message>
    <message>
        <source>Time within the cycle (minutes)</source>
        <translation>Temps dans le cycle (minutes)</translation>
    </message>
    <message>
        <source>Traffic (Mbps)</source>
        <translation>Trafic (Mbit/s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What upstream argues&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;</source>
        <translation>&lt;b&gt;Ce qu&apos;avancent les sources&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;</translation>
    </message>
    <message>
        <source>Traffic figures</source>
        <translation>Chiffres du trafic</translation>
    </message>
    <message>
        <source>The traffic fingerprint as figures, power and cost beside upstream&apos;s examples, and upstream&apos;s arguments.</source>
        <translation>L&apos;empreinte de trafic en chiffres, la puissance et le coût à côté des exemples des sources, et les arguments des sources.</translation>
    </message>
    <message>
        <source>Upload, sent as one burst at line rate</source>
        <translation>Envoi, en une seule rafale au débit de la liaison</translation>
    </message>
    <message>
        <source>Download, sent as one burst at line rate</source>
        <translation>Réception, en une seule rafale au débit de la liaison</translation>
    </message>
    <message>
        <source>Streaming: the same bytes as a constant flow, each way</source>
        <translation>Streaming&#xa0;: les mêmes octets en flux constant, dans chaque sens</translation>
    </message>
    <message>
        <source>No result for these inputs, so no traffic to describe.</source>
        <translation>Aucun résultat pour ces entrées, donc aucun trafic à décrire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other channels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Autres canaux&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>With one replica nothing crosses the WAN: there is no traffic fingerprint.</source>
        <translation>Avec une seule réplique, rien ne transite par le WAN&#xa0;: il n&apos;y a pas d&apos;empreinte de trafic.</translation>
    </message>
    <message numerus="yes">
        <source>Each of %Ln correlated endpoints exchanges %1 each way every %2: %3 sustained each way if streamed, or a burst %4 of the time. Over the run that is %5 per endpoint and %6 for the fleet; each link is %7 below the treaty&apos;s 25 Gbit/s interconnect criterion.</source>
        <translation>
            <numerusform>%Ln point de terminaison corrélé échange %1 dans chaque sens toutes les %2&#xa0;: soit %3 en continu dans chaque sens en streaming, soit des rafales occupant %4 du temps. Sur l&apos;ensemble de l&apos;entraînement, cela fait %5 par point de terminaison et %6 pour la flotte&#xa0;; chaque liaison reste %7 en dessous du critère d&apos;interconnexion de 25 Gbit/s du traité.</numerusform>
            <numerusform>Chacun des %Ln points de terminaison corrélés échange %1 dans chaque sens toutes les %2&#xa0;: soit %3 en continu dans chaque sens en streaming, soit des rafales occupant %4 du temps. Sur l&apos;ensemble de l&apos;entraînement, cela fait %5 par point de terminaison et %6 pour la flotte&#xa0;; chaque liaison reste %7 en dessous du critère d&apos;interconnexion de 25 Gbit/s du traité.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The traffic, as figures&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Le trafic, en chiffres&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Payload per sync, each way</source>
        <translation>Charge utile par synchronisation, dans chaque sens</translation>
    </message>
    <message>
        <source>Sync period</source>
        <translation>Période de synchronisation</translation>
    </message>
    <message>
        <source>Burst up / down at line rate</source>
        <translation>Rafale en envoi / réception au débit de la liaison</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Duty cycle if sent as bursts</source>
        <translation>Taux d&apos;occupation en cas d&apos;envoi par rafales</translation>
    </message>
    <message>
        <source>Sustained rate, each way</source>
        <translation>Débit soutenu, dans chaque sens</translation>
    </message>
    <message>
        <source>Syncs over the run</source>
        <translation>Synchronisations sur tout l&apos;entraînement</translation>
    </message>
    <message>
        <source>WAN traffic per endpoint, both ways</source>
        <translation>Trafic WAN par point de terminaison, dans les deux sens</translation>
    </message>
    <message>
        <source>WAN traffic of the fleet</source>
        <translation>Trafic WAN de la flotte</translation>
    </message>
    <message>
        <source>A star coordinator&apos;s ingress</source>
        <translation>Trafic entrant d&apos;un coordinateur en étoile</translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>Margin to the 25 Gbit/s interconnect criterion</source>
        <translation>Marge par rapport au critère d&apos;interconnexion de 25 Gbit/s</translation>
    </message>
    <message>
        <source>GPU busy fraction</source>
        <translation>Taux d&apos;activité des GPU</translation>
    </message>
    <message>
        <source>Correlated WAN endpoints</source>
        <translation>Points de terminaison WAN corrélés</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
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
        <translation>jours</translation>
    </message>
    <message>
        <source>Duty cycle of one outer step</source>
        <translation>Un pas externe</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Pipeline compute</source>
        <translation>Calcul du pipeline</translation>
    </message>
    <message>
        <source>Regional syncs</source>
        <translation>Synchros régionales</translation>
    </message>
    <message>
        <source>Activation transfer</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>WAN sync</source>
        <translation>Synchro WAN</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Temps (%1)</translation>
    </message>
    <message>
        <source>Bar chart: the compute between syncs against the time the syncs take; the summary above says the same in words.</source>
        <translation>Graphique à barres&#xa0;: le calcul entre les synchronisations comparé à la durée des synchronisations&#xa0;; le résumé ci-dessus dit la même chose en toutes lettres.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::EvidenceTab</name>
    <message>
        <source>%1 parameters</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 répliques</translation>
    </message>
    <message>
        <source>%1 PFLOPS a node at MFU %2</source>
        <translation>%1 PFLOPS par nœud à une MFU de %2</translation>
    </message>
    <message>
        <source>%1 up, %2 down</source>
        <translation>%1 en envoi, %2 en réception</translation>
    </message>
    <message>
        <source>H = %1</source>
        <translation>H = %1</translation>
    </message>
    <message>
        <source>compression %1</source>
        <translation>compression %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Compute utilisation: reported against predicted</source>
        <translation>Utilisation du calcul&#xa0;: valeur rapportée face à la prédiction</translation>
    </message>
    <message>
        <source>Predicted by the model (%)</source>
        <translation>Prédiction du modèle (%)</translation>
    </message>
    <message>
        <source>Reported by the run (%)</source>
        <translation>Valeur rapportée par l&apos;entraînement (%)</translation>
    </message>
    <message>
        <source>Loss with many replicas against one</source>
        <translation>Perte avec de nombreuses répliques par rapport à une seule</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Loss gap (%)</source>
        <translation>Écart de perte (%)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporté</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation>Autres estimations</translation>
    </message>
    <message>
        <source>Calibration table</source>
        <translation>Tableau de calibrage</translation>
    </message>
    <message>
        <source>Every reported figure of a real run beside the model&apos;s prediction and its other readings; hover a row for the run&apos;s inputs and sources.</source>
        <translation>Chaque chiffre rapporté par un entraînement réel, à côté de la prédiction du modèle et de ses autres estimations&#xa0;; survolez une ligne pour voir les entrées et les sources de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the runs say, under model %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que disent les entraînements, selon le modèle %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 with its reported compute time</source>
        <translation>%1 avec son temps de calcul rapporté</translation>
    </message>
    <message>
        <source>Model exact (y = x)</source>
        <translation>Modèle exact (y = x)</translation>
    </message>
    <message>
        <source>%1
(not computable)</source>
        <translation>%1
(non calculable)</translation>
    </message>
    <message>
        <source>%1, reported</source>
        <translation>%1, rapporté</translation>
    </message>
    <message>
        <source>%1, predicted</source>
        <translation>%1, prédit</translation>
    </message>
    <message>
        <source>Reported (low and high)</source>
        <translation>Valeurs rapportées (basse et haute)</translation>
    </message>
    <message>
        <source>Predicted by the model</source>
        <translation>Prédiction du modèle</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>non calculable</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données empiriques</translation>
    </message>
    <message>
        <source>The findings, the parity chart of utilisation, the loss gaps and the table of every reported figure.</source>
        <translation>Les constats, le graphique de parité de l’utilisation, les écarts de perte et le tableau de tous les chiffres publiés.</translation>
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
        <translation>formule d&apos;origine, 2 V / envoi</translation>
    </message>
    <message>
        <source>asymmetric link, synchronous</source>
        <translation>liaison asymétrique, synchrone</translation>
    </message>
    <message>
        <source>asymmetric link, relay</source>
        <translation>liaison asymétrique, relais</translation>
    </message>
    <message>
        <source>asymmetric link, threshold aggregation</source>
        <translation>liaison asymétrique, agrégation à seuil</translation>
    </message>
    <message>
        <source>with the reported compute time</source>
        <translation>avec le temps de calcul rapporté</translation>
    </message>
    <message>
        <source>reported compute, asymmetric link, threshold aggregation</source>
        <translation>calcul rapporté, liaison asymétrique, agrégation à seuil</translation>
    </message>
    <message>
        <source>reported compute, asymmetric link, relay</source>
        <translation>calcul rapporté, liaison asymétrique, relais</translation>
    </message>
    <message>
        <source>at the band&apos;s slowest link</source>
        <translation>à la liaison la plus lente de la plage</translation>
    </message>
    <message>
        <source>at the band&apos;s fastest link</source>
        <translation>à la liaison la plus rapide de la plage</translation>
    </message>
    <message>
        <source>implied MFU</source>
        <translation>MFU implicite</translation>
    </message>
    <message>
        <source>implied eta at the lowest report</source>
        <translation>eta implicite à la valeur rapportée la plus basse</translation>
    </message>
    <message>
        <source>implied eta at the highest report</source>
        <translation>eta implicite à la valeur rapportée la plus haute</translation>
    </message>
    <message>
        <source>eta_chinchilla</source>
        <translation>eta_chinchilla</translation>
    </message>
    <message>
        <source>overtraining ratio</source>
        <translation>taux de surentraînement</translation>
    </message>
    <message>
        <source>optimistic table</source>
        <translation>table optimiste</translation>
    </message>
    <message>
        <source>conservative table</source>
        <translation>table prudente</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>marginal</source>
        <translation>marginale</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevée</translation>
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
        <translation>Calcul par pas interne</translation>
    </message>
    <message>
        <source>Communication per round</source>
        <translation>Communication par tour</translation>
    </message>
    <message>
        <source>Compute utilisation</source>
        <translation>Utilisation du calcul</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Efficacité eta</translation>
    </message>
    <message>
        <source>Loss gap against one replica</source>
        <translation>Écart de perte par rapport à une seule réplique</translation>
    </message>
    <message>
        <source>Compression quality q_c</source>
        <translation>Qualité de compression q_c</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s communication time is over-predicted %2×</source>
        <translation>Le temps de communication de %1 est surestimé d&apos;un facteur %2</translation>
    </message>
    <message>
        <source>%1&apos;s communication time is under-predicted: the model gives %2× the reported time</source>
        <translation>Le temps de communication de %1 est sous-estimé&#xa0;: le modèle donne %2× le temps rapporté</translation>
    </message>
    <message>
        <source> (%1× with the closest other reading, %2)</source>
        <translation> (%1× avec l&apos;estimation alternative la plus proche, %2)</translation>
    </message>
    <message>
        <source>%1&apos;s compute ran %2 below the assumed MFU of %3 (implied MFU %4)</source>
        <translation>Le calcul de %1 est resté %2 en dessous de la MFU supposée de %3 (MFU implicite %4)</translation>
    </message>
    <message>
        <source>%1&apos;s compute ran %2 above the assumed MFU of %3 (implied MFU %4)</source>
        <translation>Le calcul de %1 a dépassé de %2 la MFU supposée de %3 (MFU implicite %4)</translation>
    </message>
    <message>
        <source>, under the lowest MFU the Monte Carlo draws by default (%1).</source>
        <translation>, sous la MFU la plus basse que le Monte Carlo tire par défaut (%1).</translation>
    </message>
    <message>
        <source>, within the Monte Carlo&apos;s default MFU range (from %1).</source>
        <translation>, dans la plage de MFU par défaut du Monte Carlo (à partir de %1).</translation>
    </message>
    <message>
        <source>%1&apos;s reported utilisation (%2) falls inside the band the model predicts for links of %3 (%4).</source>
        <translation>L&apos;utilisation rapportée par %1 (%2) se situe dans la plage que le modèle prédit pour des liaisons de %3 (%4).</translation>
    </message>
    <message>
        <source>%1&apos;s reported utilisation (%2) falls outside the band the model predicts for links of %3 (%4).</source>
        <translation>L&apos;utilisation rapportée par %1 (%2) se situe hors de la plage que le modèle prédit pour des liaisons de %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× weaker than %4 measured (%5).</source>
        <translation>
            <numerusform>La pénalité de réplique du modèle (%1 de perte en plus avec %n réplique) est %2–%3× plus faible que celle mesurée par %4 (%5).</numerusform>
            <numerusform>La pénalité de réplique du modèle (%1 de perte en plus avec %n répliques) est %2–%3× plus faible que celle mesurée par %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) is %2–%3× stronger than %4 measured (%5).</source>
        <translation>
            <numerusform>La pénalité de réplique du modèle (%1 de perte en plus avec %n réplique) est %2–%3× plus forte que celle mesurée par %4 (%5).</numerusform>
            <numerusform>La pénalité de réplique du modèle (%1 de perte en plus avec %n répliques) est %2–%3× plus forte que celle mesurée par %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s replica penalty (%1 more loss with %n replicas) lies within what %2 measured (%3).</source>
        <translation>
            <numerusform>La pénalité de réplique du modèle (%1 de perte en plus avec %n réplique) se situe dans la fourchette mesurée par %2 (%3).</numerusform>
            <numerusform>La pénalité de réplique du modèle (%1 de perte en plus avec %n répliques) se situe dans la fourchette mesurée par %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming turns syncs into a constant flow: about 39 Mbps up and 39 down, ~31 GB per sync, a ~100-minute cadence for 72 nodes of 50 A100 training 250 B [TFA §2], [GA §6.3].</source>
        <translation>Le streaming transforme les synchronisations en flux constant&#xa0;: environ 39 Mbit/s en envoi et 39 en réception, ~31 Go par synchronisation, une cadence de ~100 minutes pour 72 nœuds de 50 A100 entraînant un modèle de 250 Md [TFA §2], [GA §6.3].</translation>
    </message>
    <message>
        <source>One node&apos;s sustained 50–100 Mbps encrypted flow matches millions of legitimate services [TFA §5].</source>
        <translation>Le flux chiffré soutenu de 50–100 Mbit/s d&apos;un nœud ressemble à celui de millions de services légitimes [TFA §5].</translation>
    </message>
    <message>
        <source>What stays distinctive is constancy, up/down symmetry and correlation across many endpoints [GA §6.3].</source>
        <translation>Ce qui reste distinctif, c&apos;est la constance, la symétrie envoi/réception et la corrélation entre de nombreux points de terminaison [GA §6.3].</translation>
    </message>
    <message>
        <source>Metadata classifiers identify applications through VPNs at over 93 % [GA §6.3].</source>
        <translation>Les classificateurs de métadonnées identifient les applications à travers les VPN avec plus de 93&#xa0;% de réussite [GA §6.3].</translation>
    </message>
    <message>
        <source>Jitter, padding and cover traffic cost the evader almost nothing [TFA §5].</source>
        <translation>Gigue, bourrage et trafic de couverture ne coûtent presque rien au contrevenant [TFA §5].</translation>
    </message>
    <message>
        <source>A proposed trigger: GPUs above 90 % utilisation for more than 48 hours [GA §10.11].</source>
        <translation>Un déclencheur proposé&#xa0;: des GPU utilisés à plus de 90&#xa0;% pendant plus de 48 heures [GA §10.11].</translation>
    </message>
    <message>
        <source>Upstream gives no quantitative detection threshold: these are comparisons, not a verdict.</source>
        <translation>Les sources ne fixent aucun seuil de détection quantitatif&#xa0;: ce sont des comparaisons, pas un verdict.</translation>
    </message>
    <message>
        <source>below the 2–10× production norm [GA §5.1]</source>
        <translation>en dessous de la norme de production de 2–10× [GA §5.1]</translation>
    </message>
    <message>
        <source>within the 2–10× production norm [GA §5.1]</source>
        <translation>dans la norme de production de 2–10× [GA §5.1]</translation>
    </message>
    <message>
        <source>above the 2–10× production norm [GA §5.1]</source>
        <translation>au-dessus de la norme de production de 2–10× [GA §5.1]</translation>
    </message>
    <message>
        <source>beyond 50×, which upstream calls plain waste [GA §5.1]</source>
        <translation>au-delà de 50×, ce que les sources qualifient de pur gaspillage [GA §5.1]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overtraining %1: %2; the most overtrained published model of this size is ~%3 [OTR §3].</source>
        <translation>Surentraînement %1&#xa0;: %2&#xa0;; le modèle publié le plus surentraîné de cette taille atteint ~%3 [OTR §3].</translation>
    </message>
    <message>
        <source> Past ~1,000×, fine-tuning degrades (OLMo 1 B) [OTR §4.2].</source>
        <translation> Au-delà de ~1&#xa0;000×, l&apos;affinage (fine-tuning) se dégrade (OLMo 1 B) [OTR §4.2].</translation>
    </message>
    <message numerus="yes">
        <source>Power: %1 for the fleet at 15–20 kW a node; the nearest upstream example is %2 (%Ln nodes), which it rates %3 detectability [GA §6.7, §6.8].</source>
        <translation>
            <numerusform>Puissance&#xa0;: %1 pour la flotte, à 15–20 kW par nœud&#xa0;; l&apos;exemple le plus proche dans les sources est %2 (%Ln nœud), dont elles jugent la détectabilité %3 [GA §6.7, §6.8].</numerusform>
            <numerusform>Puissance&#xa0;: %1 pour la flotte, à 15–20 kW par nœud&#xa0;; l&apos;exemple le plus proche dans les sources est %2 (%Ln nœuds), dont elles jugent la détectabilité %3 [GA §6.7, §6.8].</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardware: %1; the nearest upstream cost tier is %2, rated %3 detectability [GA §10.12].</source>
        <translation>Matériel&#xa0;: %1&#xa0;; le palier de coût le plus proche dans les sources est %2, de détectabilité %3 [GA §10.12].</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item makes the model understate what an evader reaches:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque élément conduit le modèle à sous-estimer ce qu&apos;atteint un contrevenant&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Magnitude [source]</source>
        <translation>Ampleur [source]</translation>
    </message>
    <message>
        <source>GPipe against zero-bubble pipeline schedules</source>
        <translation>GPipe face aux ordonnancements de pipeline sans bulle</translation>
    </message>
    <message>
        <source>bubble 11–27 % against under 1 %; 10–30 % of pipeline compute [CA §2.1], [SD B.1]</source>
        <translation>bulle de 11–27&#xa0;% contre moins de 1&#xa0;%&#xa0;; 10–30&#xa0;% du calcul du pipeline [CA §2.1], [SD B.1]</translation>
    </message>
    <message>
        <source>Pessimistic alpha; asynchronous DiLoCo (DN + DyLU)</source>
        <translation>Alpha pessimiste&#xa0;; DiLoCo asynchrone (DN + DyLU)</translation>
    </message>
    <message>
        <source>2–4 %; 5–15 % [CA §1.2, §2.2]</source>
        <translation>2–4&#xa0;%&#xa0;; 5–15&#xa0;% [CA §1.2, §2.2]</translation>
    </message>
    <message>
        <source>Straggler model; loss-tolerant UDP</source>
        <translation>Modèle des retardataires&#xa0;; UDP tolérant aux pertes</translation>
    </message>
    <message>
        <source>5–15 % at 50+ nodes; 10–15 % of the straggler overhead [CA §1.3, §2.5]</source>
        <translation>5–15&#xa0;% à partir de 50 nœuds&#xa0;; 10–15&#xa0;% du surcoût des retardataires [CA §1.3, §2.5]</translation>
    </message>
    <message>
        <source>MoE MFU; hierarchical exponent</source>
        <translation>MFU MoE&#xa0;; exposant hiérarchique</translation>
    </message>
    <message>
        <source>5–15 % (MoE); 1–3 % [CA §1.4, §1.5]</source>
        <translation>5–15&#xa0;% (MoE)&#xa0;; 1–3&#xa0;% [CA §1.4, §1.5]</translation>
    </message>
    <message>
        <source>SPARTA sparse averaging</source>
        <translation>Moyennage creux SPARTA</translation>
    </message>
    <message>
        <source>25–35 points at very high H, speculative [CA §2.4]</source>
        <translation>25–35 points à H très élevé, spéculatif [CA §2.4]</translation>
    </message>
    <message>
        <source>All of them together</source>
        <translation>Tous ensemble</translation>
    </message>
    <message>
        <source>flat 15–25 % (proven techniques only 5–10 %); pipeline 20–40 % [CA §3]</source>
        <translation>mode plat 15–25&#xa0;% (techniques éprouvées seules&#xa0;: 5–10&#xa0;%)&#xa0;; pipeline 20–40&#xa0;% [CA §3]</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not modelled, in either direction [SD §10], [CQ §4], [COV §3.5–3.6]: streaming&apos;s +66 % memory; the error-feedback buffer (one model copy, ~3.8 TB at 240 B); backward activations in pipelines; heterogeneous and changing nodes; relaying through object storage (+10–30 s a sync); asynchronous methods; post-training [GA §1].&lt;/p&gt;</source>
        <translation>&lt;p&gt;Non modélisé, dans un sens comme dans l&apos;autre [SD §10], [CQ §4], [COV §3.5–3.6]&#xa0;: les +66&#xa0;% de mémoire du streaming&#xa0;; le tampon de rétroaction d&apos;erreur (une copie du modèle, ~3,8 To à 240 Md)&#xa0;; les activations de la passe arrière dans les pipelines&#xa0;; les nœuds hétérogènes et changeants&#xa0;; le relais via un stockage objet (+10–30 s par synchronisation)&#xa0;; les méthodes asynchrones&#xa0;; le post-entraînement [GA §1].&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1&apos;s reported utilisation (%2) overlaps the band the model predicts for links of %3 (%4) without lying wholly inside it.</source>
        <translation>L&apos;utilisation rapportée par %1 (%2) chevauche la plage que le modèle prédit pour des liaisons de %3 (%4) sans s&apos;y situer entièrement.</translation>
    </message>
    <message>
        <source>Loss: %1 if trained synchronously, %2 with this run&apos;s eta (the Chinchilla fit of Besiroglu et al. 2024, fitted on dense models trained synchronously), a gap of %3. The DiLoCo law of Charles et al. 2025 (fitted on 35 M–2.4 B parameters and up to 8 replicas) puts the gap of %4 replicas at %5. The two laws were fitted on different data, so only their gaps compare, not their losses.</source>
        <translation>Perte&#xa0;: %1 en entraînement synchrone, %2 avec l&apos;eta de cet entraînement (l&apos;ajustement Chinchilla de Besiroglu et al. 2024, ajusté sur des modèles denses entraînés de façon synchrone), soit un écart de %3. La loi DiLoCo de Charles et al. 2025 (ajustée sur 35 M–2,4 Md de paramètres et jusqu&apos;à 8 répliques) situe l&apos;écart pour %4 répliques à %5. Les deux lois ont été ajustées sur des données différentes&#xa0;: seuls leurs écarts se comparent, pas leurs pertes.</translation>
    </message>
    <message>
        <source> Here it is extrapolated beyond what it was fitted on.</source>
        <translation> Ici, elle est extrapolée au-delà du domaine sur lequel elle a été ajustée.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ExplorerCommandLine</name>
    <message>
        <source>Explore how much training compute many small, unregistered nodes reach over the internet with DiLoCo-style training.</source>
        <translation>Explorez la puissance de calcul d&apos;entraînement que de nombreux petits nœuds non déclarés peuvent atteindre via Internet avec un entraînement de type DiLoCo.</translation>
    </message>
    <message>
        <source>Open with the scenario in FILE.</source>
        <translation>Ouvrir avec le scénario contenu dans FILE.</translation>
    </message>
    <message>
        <source>Render the window into a PNG file and exit.</source>
        <translation>Rendre la fenêtre dans un fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>With --grab: the tab to show.</source>
        <translation>Avec --grab&#xa0;: l&apos;onglet à afficher.</translation>
    </message>
    <message>
        <source>With --grab: the window size in pixels.</source>
        <translation>Avec --grab&#xa0;: la taille de la fenêtre en pixels.</translation>
    </message>
    <message>
        <source>Drive 200 slider changes offscreen, print the update times and exit.</source>
        <translation>Effectuer 200 changements de curseur hors écran, afficher les temps de mise à jour, puis quitter.</translation>
    </message>
    <message>
        <source>Start in that UI language.</source>
        <translation>Démarrer dans cette langue d&apos;interface.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use --scenario FILE</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; utilisez --scenario FILE</translation>
    </message>
    <message>
        <source>--%1 needs --grab</source>
        <translation>--%1 nécessite --grab</translation>
    </message>
    <message>
        <source>--grab and --bench-interaction exclude each other</source>
        <translation>--grab et --bench-interaction s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WxH between 320x240 and %2x%2 pixels</source>
        <translation>--size&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme WxH entre 320x240 et %2x%2 pixels</translation>
    </message>
    <message>
        <source>--tab: unknown tab &apos;%1&apos;; use %2</source>
        <translation>--tab&#xa0;: onglet inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>cannot render %1</source>
        <translation>impossible de dessiner %1</translation>
    </message>
    <message>
        <source>Decentralized Training Explorer</source>
        <translation>Decentralized Training Explorer</translation>
    </message>
    <message>
        <source>Open on model revision R (2026-02 or 2026-04).</source>
        <translation>Ouvrir sur la révision R du modèle (2026-02 ou 2026-04).</translation>
    </message>
    <message>
        <source>Draw the other model revision&apos;s figures too (dashed).</source>
        <translation>Tracer aussi les chiffres de l’autre révision du modèle (en tirets).</translation>
    </message>
    <message>
        <source>--revision: unknown model revision &apos;%1&apos;; use 2026-02 or 2026-04</source>
        <translation>--revision&#xa0;: révision du modèle «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez 2026-02 ou 2026-04</translation>
    </message>
    <message>
        <source>Calibrate against the real runs in FILE instead of the built-in ones.</source>
        <translation>Calibrer sur les entraînements réels du fichier FILE plutôt que sur ceux intégrés.</translation>
    </message>
    <message>
        <source>Use the hardware catalog in FILE instead of the built-in one.</source>
        <translation>Utiliser le catalogue matériel du fichier FILE plutôt que le catalogue intégré.</translation>
    </message>
    <message>
        <source>The hardware catalog could not be read, so the built-in one is used.

%1</source>
        <translation>Le catalogue matériel n&apos;a pas pu être lu&#xa0;; le catalogue intégré est utilisé.

%1</translation>
    </message>
    <message>
        <source>The calibration runs could not be read, so the built-in ones are used.

%1</source>
        <translation>Les entraînements de calibrage n&apos;ont pas pu être lus&#xa0;; ceux intégrés sont utilisés.

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
        <translation> T</translation>
    </message>
    <message>
        <source>B</source>
        <translation> Md</translation>
    </message>
    <message>
        <source>M</source>
        <translation> M</translation>
    </message>
    <message>
        <source>k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source> P</source>
        <translation> P</translation>
    </message>
    <message>
        <source> T</source>
        <translation> T</translation>
    </message>
    <message>
        <source> B</source>
        <translation> Md</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>%1 T</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Md</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 up / %2 down</source>
        <translation>%1 en envoi / %2 en réception</translation>
    </message>
</context>
<context>
    <name>dtx::ui::HeadlinePanel</name>
    <message>
        <source>flat DiLoCo</source>
        <translation>DiLoCo plat</translation>
    </message>
    <message>
        <source>hierarchical DiLoCo</source>
        <translation>DiLoCo hiérarchique</translation>
    </message>
    <message>
        <source>MoE DiLoCo</source>
        <translation>DiLoCo MoE</translation>
    </message>
    <message>
        <source>PP-Group DiLoCo</source>
        <translation>DiLoCo PP-Group</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>Local-equivalent compute C_local</source>
        <translation>Calcul équivalent local C_local</translation>
    </message>
    <message>
        <source>Compute a single co-located cluster would need for the same result: C_actual × eta.</source>
        <translation>Calcul dont une grappe unique colocalisée aurait besoin pour le même résultat&#xa0;: C_actual × eta.</translation>
    </message>
    <message>
        <source>Quality-adjusted C_quality</source>
        <translation>C_quality ajusté en qualité</translation>
    </message>
    <message>
        <source>Efficiency eta</source>
        <translation>Efficacité eta</translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation>Coût du matériel</translation>
    </message>
    <message>
        <source>Purchase price of every GPU in every node.</source>
        <translation>Prix d&apos;achat de tous les GPU de tous les nœuds.</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>Parameters trained (active parameters for MoE).</source>
        <translation>Paramètres entraînés (paramètres actifs pour MoE).</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens d&apos;entraînement</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Pas internes H</translation>
    </message>
    <message>
        <source>Treaty status of each node</source>
        <translation>Statut de chaque nœud au regard du traité</translation>
    </message>
    <message>
        <source>Whether one node stays under the registration thresholds.</source>
        <translation>Indique si un nœud reste sous les seuils de déclaration.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>see the note below</source>
        <translation>voir la note ci-dessous</translation>
    </message>
    <message>
        <source>Fewest nodes to reach a target: not applicable to these inputs.</source>
        <translation>Nombre minimal de nœuds pour atteindre une cible&#xa0;: sans objet pour ces entrées.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9b1c1c&apos;&gt;&lt;b&gt;No result for these inputs:&lt;/b&gt; %1 (input &lt;code&gt;%2&lt;/code&gt;).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9b1c1c&apos;&gt;&lt;b&gt;Aucun résultat pour ces entrées&#xa0;:&lt;/b&gt; %1 (entrée &lt;code&gt;%2&lt;/code&gt;).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 the Strict Threshold (%2)</source>
        <translation>%1 le seuil strict (%2)</translation>
    </message>
    <message>
        <source>Chinchilla efficiency %1</source>
        <translation>Efficacité Chinchilla %1</translation>
    </message>
    <message>
        <source>C_actual %1</source>
        <translation>C_actual %1</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 actifs</translation>
    </message>
    <message>
        <source>of %1 in all experts</source>
        <translation>sur %1 pour l&apos;ensemble des experts</translation>
    </message>
    <message>
        <source>largest on one node: %1</source>
        <translation>le plus grand sur un nœud&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 the Chinchilla-optimal count</source>
        <translation>%1 le nombre optimal selon Chinchilla</translation>
    </message>
    <message>
        <source>sync every %1 of compute</source>
        <translation>une synchronisation par tranche de %1 de calcul</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <source>Must register</source>
        <translation>Déclaration obligatoire</translation>
    </message>
    <message>
        <source>%1 H100-equivalents per node (limit %2)</source>
        <translation>%1 équivalents H100 par nœud (limite %2)</translation>
    </message>
    <message>
        <source>reach %1 the Strict Threshold</source>
        <translation>atteignent %1 le seuil strict</translation>
    </message>
    <message>
        <source>reach only %1 of the Strict Threshold</source>
        <translation>n&apos;atteignent que %1 du seuil strict</translation>
    </message>
    <message>
        <source>no node needs registering</source>
        <translation>aucun nœud n&apos;a à être déclaré</translation>
    </message>
    <message>
        <source>each node must be registered</source>
        <translation>chaque nœud doit être déclaré</translation>
    </message>
    <message>
        <source>Fewest nodes to reach %1.</source>
        <translation>Nombre minimal de nœuds pour atteindre %1.</translation>
    </message>
    <message>
        <source>Tokens seen in the time budget, and their ratio to the Chinchilla-optimal %1 tokens per parameter.</source>
        <translation>Jetons vus dans le budget de temps, et leur rapport aux %1 jetons par paramètre optimaux selon Chinchilla.</translation>
    </message>
    <message>
        <source>The fewest nodes of this kind, with every other input as set, whose C_local reaches each target, and what their GPUs cost.</source>
        <translation>Le plus petit nombre de nœuds de ce type dont le C_local atteint chaque cible, les autres entrées restant inchangées, et le coût de leurs GPU.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) of %1, %2, %3, %4 ms</source>
        <translation>
            <numerusform>%Ln nœud de %1, %2, %3, %4 ms</numerusform>
            <numerusform>%Ln nœuds de %1, %2, %3, %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU(s)</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nœud</numerusform>
            <numerusform>%Ln nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 the Strict Threshold under %2, %3 under %4 (the %4 figure is %5 this one)</source>
        <translation>%1 le seuil strict sous %2, %3 sous %4 (le chiffre de %4 vaut %5 celui-ci)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln node(s)&lt;/b&gt; (%1)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln nœud&lt;/b&gt; (%1)</numerusform>
            <numerusform>&lt;b&gt;%Ln nœuds&lt;/b&gt; (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not within %1 nodes</source>
        <translation>pas avec %1 nœuds</translation>
    </message>
    <message>
        <source>chi %1; replicas raise the loss ×%2, which costs eta_replica %3</source>
        <translation>chi %1&#xa0;; les répliques multiplient la perte par %2, ce qui coûte eta_replica %3</translation>
    </message>
    <message>
        <source>C_throughput %1; %2 before the replica penalty</source>
        <translation>C_throughput %1&#xa0;; %2 avant la pénalité des répliques</translation>
    </message>
    <message>
        <source>%1; the WAN is busy %2 of each outer step, %3 GB per sync</source>
        <translation>%1&#xa0;; le WAN est occupé %2 de chaque pas externe, %3 Go par synchronisation</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>atteignent %1</translation>
    </message>
    <message numerus="yes">
        <source>Model revision %1: &lt;b&gt;%Ln node(s) of %2&lt;/b&gt; (%3 over %4, %5 ms) %6 in %7 for %8; %9.</source>
        <translation>
            <numerusform>Révision du modèle %1&#xa0;: &lt;b&gt;%Ln nœud de %2&lt;/b&gt; (%3 sur %4, %5 ms) %6 en %7 pour %8&#xa0;; %9.</numerusform>
            <numerusform>Révision du modèle %1&#xa0;: &lt;b&gt;%Ln nœuds de %2&lt;/b&gt; (%3 sur %4, %5 ms) %6 en %7 pour %8&#xa0;; %9.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 under %3, %4 under %5</source>
        <translation>%1&#xa0;: %2 sous %3, %4 sous %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>C_local times the Chinchilla efficiency of the model size and token count. Under model revision 2026-04 that efficiency is called chi, and the replica penalty is a loss multiplier m: many replicas averaging reach the loss a single run would reach times m, and chi_full is the Chinchilla efficiency of that worse loss; eta_replica = chi_full / chi is the share of compute the replicas keep.</source>
        <translation>C_local multiplié par l’efficacité Chinchilla de la taille du modèle et du nombre de jetons. Sous la révision 2026-04, cette efficacité s’appelle chi, et la pénalité des répliques est un multiplicateur de perte m&#xa0;: de nombreuses répliques moyennées atteignent la perte d’un entraînement unique multipliée par m, et chi_full est l’efficacité Chinchilla de cette perte moins bonne&#xa0;; eta_replica = chi_full / chi est la part du calcul que les répliques conservent.</translation>
    </message>
    <message>
        <source>Fraction of the hardware&apos;s compute that counts, after synchronisation, compression and replica losses. Under 2026-04, eta = eta_pre (synchronisation and compression) × eta_replica, and C_throughput is the compute the run does.</source>
        <translation>Part du calcul du matériel qui compte, après les pertes de synchronisation, de compression et des répliques. Sous 2026-04, eta = eta_pre (synchronisation et compression) × eta_replica, et C_throughput est le calcul que l’entraînement effectue.</translation>
    </message>
    <message>
        <source>Local steps between synchronisations, just enough to hide the sync behind compute. Under 2026-04 in flat mode: the duty cycle is the share of each outer step the WAN is busy (what an observer of the link would see), and GB per sync counts what one node sends and receives per synchronisation.</source>
        <translation>Pas locaux entre synchronisations, juste assez pour masquer la synchronisation derrière le calcul. Sous 2026-04 en mode plat&#xa0;: le taux d’occupation est la part de chaque pas externe où le WAN est occupé (ce qu’un observateur de la liaison verrait), et les Go par synchronisation comptent ce qu’un nœud envoie et reçoit à chaque synchronisation.</translation>
    </message>
    <message>
        <source>median %1, 90 %: %2–%3</source>
        <translation>médiane %1, 90&#xa0;%&#xa0;: %2–%3</translation>
    </message>
    <message>
        <source>%1 the Chinchilla-optimal count; loss +%2 (DiLoCo law +%3%4)</source>
        <translation>%1 le nombre optimal selon Chinchilla&#xa0;; perte +%2 (loi DiLoCo +%3%4)</translation>
    </message>
    <message>
        <source>, extrapolated</source>
        <translation>, par extrapolation</translation>
    </message>
</context>
<context>
    <name>dtx::ui::HelpPages</name>
    <message>
        <source>C_actual (actual compute)</source>
        <translation>C_actual (calcul effectif)</translation>
    </message>
    <message>
        <source>The floating-point operations the whole fleet performs in the time budget.</source>
        <translation>Les opérations en virgule flottante que toute la flotte effectue dans le budget de temps.</translation>
    </message>
    <message>
        <source>eta (efficiency)</source>
        <translation>eta (efficacité)</translation>
    </message>
    <message>
        <source>The share of that compute that still counts when the nodes synchronise only rarely over the internet.</source>
        <translation>La part de ce calcul qui compte encore lorsque les nœuds ne se synchronisent que rarement par internet.</translation>
    </message>
    <message>
        <source>C_local (local-equivalent compute)</source>
        <translation>C_local (calcul équivalent local)</translation>
    </message>
    <message>
        <source>The compute one ordinary cluster would need for the same result: the fleet&apos;s compute discounted by eta. The treaty&apos;s threshold is compared with it.</source>
        <translation>Le calcul dont un cluster ordinaire aurait besoin pour le même résultat&#xa0;: le calcul de la flotte réduit par eta. Le seuil du traité lui est comparé.</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted compute)</source>
        <translation>C_quality (calcul ajusté en qualité)</translation>
    </message>
    <message>
        <source>C_local discounted once more when the model is too small or too large for the data it trains on.</source>
        <translation>C_local réduit encore lorsque le modèle est trop petit ou trop grand pour les données sur lesquelles il s’entraîne.</translation>
    </message>
    <message>
        <source>Chinchilla-optimal data</source>
        <translation>Données optimales selon Chinchilla</translation>
    </message>
    <message>
        <source>The number of training tokens that gives a model of P parameters its best result per FLOP.</source>
        <translation>Le nombre de tokens d’entraînement qui donne à un modèle de P paramètres son meilleur résultat par FLOP.</translation>
    </message>
    <message>
        <source>H (inner steps)</source>
        <translation>H (pas internes)</translation>
    </message>
    <message>
        <source>How many training steps each node takes on its own between two synchronisations: just enough to hide one synchronisation.</source>
        <translation>Combien de pas d’entraînement chaque nœud effectue seul entre deux synchronisations&#xa0;: juste assez pour masquer une synchronisation.</translation>
    </message>
    <message>
        <source>MFU (model FLOPs utilisation)</source>
        <translation>MFU (utilisation des FLOPs du modèle)</translation>
    </message>
    <message>
        <source>The fraction of the GPUs&apos; peak throughput that training really uses.</source>
        <translation>La fraction du débit de pointe des GPU que l’entraînement utilise réellement.</translation>
    </message>
    <message>
        <source>the evaluation model&apos;s default, 0.40</source>
        <translation>la valeur par défaut du modèle d’évaluation, 0,40</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Compression des pseudo-gradients</translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw change of the model&apos;s weights.</source>
        <translation>De combien chaque synchronisation est plus petite que la variation brute des poids du modèle.</translation>
    </message>
    <message>
        <source>Straggler factor</source>
        <translation>Facteur de retardataires</translation>
    </message>
    <message>
        <source>Each synchronisation waits for the slowest of the n nodes, so it takes longer as the fleet grows.</source>
        <translation>Chaque synchronisation attend le plus lent des n nœuds et dure donc plus longtemps à mesure que la flotte grandit.</translation>
    </message>
    <message>
        <source>an assumption of the evaluation model, not a published fit</source>
        <translation>une hypothèse du modèle d’évaluation, pas un ajustement publié</translation>
    </message>
    <message>
        <source>H100-equivalent</source>
        <translation>Équivalent H100</translation>
    </message>
    <message>
        <source>A node&apos;s FP16 throughput counted in H100 SXM GPUs of 990 TFLOPS each.</source>
        <translation>Le débit FP16 d’un nœud compté en GPU H100 SXM de 990 TFLOPS chacun.</translation>
    </message>
    <message>
        <source>vendor datasheets (dense, no sparsity)</source>
        <translation>fiches techniques des fabricants (dense, sans parcimonie)</translation>
    </message>
    <message>
        <source>CCC (covered computing cluster)</source>
        <translation>CCC (cluster de calcul couvert)</translation>
    </message>
    <message>
        <source>A cluster above the treaty&apos;s registration threshold, 16 H100-equivalents by default, which must be registered.</source>
        <translation>Un cluster au-delà du seuil d’enregistrement du traité, 16 équivalents H100 par défaut, qui doit être enregistré.</translation>
    </message>
    <message>
        <source>Strict Threshold</source>
        <translation>Seuil strict</translation>
    </message>
    <message>
        <source>The training compute the treaty prohibits, 10²⁴ FLOP by default.</source>
        <translation>Le calcul d’entraînement que le traité interdit, 10²⁴ FLOP par défaut.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>Droite, Page suivante, Espace</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Gauche, Page précédente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave the presentation, back to the tab you were on</source>
        <translation>Quitter la présentation et revenir à l’onglet précédent</translation>
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
        <translation> ppp</translation>
    </message>
    <message>
        <source>Export plot image</source>
        <translation>Exporter l&apos;image du graphique</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG: 96 is the screen, 192 sharp on slides, 300 for print. SVG and PDF are vector images and ignore it.</source>
        <translation>Pixels par pouce d&apos;un PNG&#xa0;: 96 pour l&apos;écran, 192 pour des diapositives nettes, 300 pour l&apos;impression. SVG et PDF sont des images vectorielles et ignorent ce réglage.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Width of the plot in screen pixels; a PNG gets width × dpi / 96 pixels.</source>
        <translation>Largeur du graphique en pixels d&apos;écran ; un PNG reçoit largeur × ppp / 96 pixels.</translation>
    </message>
    <message>
        <source>Height of the plot in screen pixels; a PNG gets height × dpi / 96 pixels.</source>
        <translation>Hauteur du graphique en pixels d&apos;écran ; un PNG reçoit hauteur × ppp / 96 pixels.</translation>
    </message>
    <message>
        <source>Choose where to save the image, then write it.</source>
        <translation>Choisir l&apos;emplacement, puis enregistrer l&apos;image.</translation>
    </message>
    <message>
        <source>Close without exporting.</source>
        <translation>Fermer sans exporter.</translation>
    </message>
    <message>
        <source>Slides: 1920 × 1080 pixels</source>
        <translation>Diapositives&#xa0;: 1920 × 1080 pixels</translation>
    </message>
    <message>
        <source>Document: 1600 × 1000 pixels</source>
        <translation>Document&#xa0;: 1600 × 1000 pixels</translation>
    </message>
    <message>
        <source>As on screen, sharp</source>
        <translation>Comme à l’écran, net</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>Image preset</source>
        <translation>Préréglage d’image</translation>
    </message>
    <message>
        <source>Slides and Document share one type scale, so charts from both read alike; Custom sets the size and resolution by hand.</source>
        <translation>Diapositives et Document partagent la même taille de texte, les graphiques des deux se lisent donc pareil&#xa0;; Taille personnalisée fixe la taille et la résolution à la main.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
</context>
<context>
    <name>dtx::ui::LinkRequirementsPanel</name>
    <message>
        <source>Streaming (sync overlaps compute; dtx&apos;s assumption)</source>
        <translation>Streaming (la synchronisation chevauche le calcul&#xa0;; hypothèse de dtx)</translation>
    </message>
    <message>
        <source>Blocking (sync after compute)</source>
        <translation>Bloquant (synchronisation après le calcul)</translation>
    </message>
    <message>
        <source>Reading of the link table</source>
        <translation>Lecture du tableau des liaisons</translation>
    </message>
    <message>
        <source>Streaming DiLoCo sends the sync while the next inner steps run, so utilisation is H·t_comp / t_sync; a blocking sync waits, H·t_comp / (H·t_comp + t_sync) (ANALYSES.md G1).</source>
        <translation>Le streaming DiLoCo envoie la synchronisation pendant que les pas internes suivants s&apos;exécutent, donc l&apos;utilisation vaut H·t_comp / t_sync&#xa0;; une synchronisation bloquante attend, H·t_comp / (H·t_comp + t_sync) (ANALYSES.md G1).</translation>
    </message>
    <message>
        <source>Link needed for each utilisation</source>
        <translation>Liaison nécessaire pour chaque utilisation</translation>
    </message>
    <message>
        <source>Rows: data-parallel and DiLoCo at several inner-step counts; columns: the compute utilisation; cells: the link needed both ways.</source>
        <translation>Lignes&#xa0;: parallélisme de données et DiLoCo pour plusieurs nombres de pas internes&#xa0;; colonnes&#xa0;: l&apos;utilisation du calcul&#xa0;; cellules&#xa0;: la liaison nécessaire dans les deux sens.</translation>
    </message>
    <message>
        <source>Colours: ≤ 10 Mbps, 10–100 Mbps, 100–1,000 Mbps, above 1 Gbps (green to red). Bold: this scenario&apos;s own link is enough.</source>
        <translation>Couleurs&#xa0;: ≤ 10 Mbit/s, 10–100 Mbit/s, 100–1 000 Mbit/s, au-delà de 1 Gbit/s (du vert au rouge). En gras&#xa0;: la liaison propre à ce scénario suffit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link needed for each compute utilisation&lt;/b&gt; (flat-mode quantities of this scenario, as flat)</source>
        <translation>&lt;b&gt;Liaison nécessaire pour chaque utilisation du calcul&lt;/b&gt; (grandeurs de ce scénario en mode plat, traité comme plat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link needed for each compute utilisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liaison nécessaire pour chaque utilisation du calcul&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
(Mbps)</source>
        <translation>%1
(Mbit/s)</translation>
    </message>
    <message>
        <source>At this link
(%1)</source>
        <translation>Sur cette liaison
(%1)</translation>
    </message>
    <message>
        <source>H = %1</source>
        <translation>H = %1</translation>
    </message>
    <message>
        <source>%1 of utilisation needs %2 both ways.</source>
        <translation>%1 d&apos;utilisation exige %2 dans les deux sens.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inatteignable</translation>
    </message>
    <message>
        <source>The latency alone exceeds the time this utilisation leaves for the sync: no link is fast enough.</source>
        <translation>La latence seule dépasse le temps que cette utilisation laisse à la synchronisation&#xa0;: aucune liaison n&apos;est assez rapide.</translation>
    </message>
    <message>
        <source>The compute utilisation this row reaches over the scenario&apos;s own link.</source>
        <translation>L&apos;utilisation du calcul que cette ligne atteint sur la liaison propre au scénario.</translation>
    </message>
    <message>
        <source>At H = %1 this fleet needs %2 for %3 utilisation; data-parallel would need %4.</source>
        <translation>À H = %1, cette flotte a besoin de %2 pour %3 d&apos;utilisation&#xa0;; en parallélisme de données, il lui faudrait %4.</translation>
    </message>
    <message>
        <source>At H = %1 no link gives this fleet %2 utilisation: the latency alone takes the time.</source>
        <translation>À H = %1, aucune liaison ne donne à cette flotte %2 d&apos;utilisation&#xa0;: la latence seule prend tout le temps.</translation>
    </message>
    <message>
        <source>Data-parallel
(H = 1, uncompressed)</source>
        <translation>Parallélisme de données
(H = 1, sans compression)</translation>
    </message>
    <message>
        <source>H = %1
(this scenario&apos;s H_min)</source>
        <translation>H = %1
(H_min de ce scénario)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::MainWindow</name>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Write a policy &amp;brief (PDF)…</source>
        <translation>Rédiger une note de synthèse (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Write policy brief</source>
        <translation>Rédiger la note de synthèse</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the brief</source>
        <translation>Impossible d&apos;écrire la note de synthèse</translation>
    </message>
    <message>
        <source>&amp;Export all plots and tables…</source>
        <translation>E&amp;xporter tous les graphiques et tableaux…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportation terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Exportation interrompue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset plot views</source>
        <translation>&amp;Réinitialiser les vues des graphiques</translation>
    </message>
    <message>
        <source>Reset all &amp;inputs to the reference scenario</source>
        <translation>Réinitialiser toutes les &amp;entrées au scénario de référence</translation>
    </message>
    <message>
        <source>all inputs</source>
        <translation>toutes les entrées</translation>
    </message>
    <message>
        <source>Present the &amp;story (full screen)</source>
        <translation>&amp;Présenter le récit (plein écran)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>Réci&amp;t</translation>
    </message>
    <message>
        <source>&amp;Pin the scenario for comparison</source>
        <translation>Épingler le scénario pour &amp;comparaison</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Four scenarios are pinned already; unpin one first.</source>
        <translation>Quatre scénarios sont déjà épinglés&#xa0;; désépinglez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About the Decentralized Training Explorer</source>
        <translation>À propos de Decentralized Training Explorer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>One tab per question; Ctrl+Tab and Ctrl+Shift+Tab switch tabs, Tab moves into the plots and tables.</source>
        <translation>Un onglet par question&#xa0;; Ctrl+Tab et Ctrl+Maj+Tab changent d&apos;onglet, Tab permet d&apos;accéder aux graphiques et aux tableaux.</translation>
    </message>
    <message>
        <source>Scrolls the tab bar to show more tabs.</source>
        <translation>Fait défiler la barre d&apos;onglets pour afficher d&apos;autres onglets.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>Copy as &amp;command line</source>
        <translation>Copier comme ligne de &amp;commande</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Policy brief written</source>
        <translation>Note de synthèse écrite</translation>
    </message>
    <message>
        <source>The brief was written to %1.</source>
        <translation>La note a été écrite dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1[*] — model %2 — Decentralized Training Explorer</source>
        <translation>%1[*] — modèle %2 — Decentralized Training Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decentralized Training Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;How much training compute can many small, unregistered nodes reach over ordinary internet links with DiLoCo-style training, at what cost, and which treaty thresholds would stop them?&lt;/p&gt;&lt;p&gt;Every figure follows the evaluation model, in revision 2026-02 (the seed model) or 2026-04 (its authors&apos; April revision), as chosen at the top of the inputs; this scenario uses %2. Hover a plot for exact values; drag to pan, scroll to zoom, double-click to reset the view.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decentralized Training Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Quelle puissance de calcul d’entraînement de nombreux petits nœuds non enregistrés peuvent-ils atteindre sur des liaisons Internet ordinaires avec un entraînement de type DiLoCo, à quel coût, et quels seuils du traité les arrêteraient&#xa0;?&lt;/p&gt;&lt;p&gt;Chaque chiffre suit le modèle d’évaluation, dans sa révision 2026-02 (le modèle d’origine) ou 2026-04 (la révision d’avril de ses auteurs), choisie en haut des entrées&#xa0;; ce scénario utilise %2. Survolez un graphique pour les valeurs exactes&#xa0;; glissez pour déplacer, molette pour zoomer, double-clic pour réinitialiser la vue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the other model &amp;revision too (dashed)</source>
        <translation>Montrer aussi l’autre &amp;révision du modèle (tirets)</translation>
    </message>
    <message>
        <source>What the model &amp;leaves out</source>
        <translation>Ce que le modèle &amp;laisse de côté</translation>
    </message>
    <message>
        <source>What the model leaves out</source>
        <translation>Ce que le modèle laisse de côté</translation>
    </message>
</context>
<context>
    <name>dtx::ui::MapTab</name>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>Bande passante WAN (Mbit/s)</translation>
    </message>
    <message>
        <source>WAN latency (ms)</source>
        <translation>Latence WAN (ms)</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression (×)</source>
        <translation>Compression du pseudo-gradient (×)</translation>
    </message>
    <message>
        <source>Time budget (years)</source>
        <translation>Budget de temps (ans)</translation>
    </message>
    <message>
        <source>CCC threshold (H100-equivalents)</source>
        <translation>Seuil CCC (équivalents H100)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nœud</numerusform>
            <numerusform>%Ln nœuds</numerusform>
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
        <translation>Efficacité eta</translation>
    </message>
    <message>
        <source>Hardware cost (US$)</source>
        <translation>Coût du matériel (US$)</translation>
    </message>
    <message>
        <source> FLOP</source>
        <translation> FLOP</translation>
    </message>
    <message>
        <source>Strict Threshold %1</source>
        <translation>Seuil strict %1</translation>
    </message>
    <message>
        <source>P(C_quality &gt; %1) = %2</source>
        <translation>P(C_quality &gt; %1) = %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message>
        <source>At %1, %2 stays below 10²⁴ FLOP across the map.</source>
        <translation>Avec %1, %2 reste sous 10²⁴ FLOP sur toute la carte.</translation>
    </message>
    <message>
        <source>At %1 (the scenario&apos;s row), %2 crosses %3; the lines show where it crosses for every value of “%4”.</source>
        <translation>Avec %1 (la ligne du scénario), %2 dépasse %3&#xa0;; les lignes montrent où il les dépasse pour chaque valeur de «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 over %2 and %3; hover a cell for its values.</source>
        <translation>%1 selon %2 et %3&#xa0;; survolez une cellule pour voir ses valeurs.</translation>
    </message>
    <message>
        <source>Threshold map</source>
        <translation>Carte des seuils</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>P(C_quality &gt; %1) = 50 %, 95 %</source>
        <translation>P(C_quality &gt; %1) = 50&#xa0;%, 95&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Across</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>The lever along the horizontal axis.</source>
        <translation>Le levier sur l&apos;axe horizontal.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Vertical</translation>
    </message>
    <message>
        <source>The lever along the vertical axis.</source>
        <translation>Le levier sur l&apos;axe vertical.</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>What the colours show (log scale but for eta).</source>
        <translation>Ce que montrent les couleurs (échelle logarithmique, sauf pour eta).</translation>
    </message>
    <message>
        <source>&amp;Probability lines</source>
        <translation>Lignes de &amp;probabilité</translation>
    </message>
    <message>
        <source>Where the Monte Carlo (200 samples on a 24 × 24 grid) puts the chance of crossing the threshold at 50 % and 95 %.</source>
        <translation>Où le Monte Carlo (200 échantillons sur une grille de 24 × 24) situe une probabilité de 50&#xa0;% et de 95&#xa0;% de dépasser le seuil.</translation>
    </message>
    <message>
        <source>%1 over %2 × %3 (coarse preview, %4 × %4 cells; refining)</source>
        <translation>%1 selon %2 × %3 (aperçu grossier, %4 × %4 cellules&#xa0;; affinage en cours)</translation>
    </message>
    <message>
        <source>%1 over %2 × %3</source>
        <translation>%1 selon %2 × %3</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Ce scénario</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no result (the inputs are out of range here)</source>
        <translation>aucun résultat (les entrées sont hors plage ici)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>dtx::ui::MemoryRuleTab</name>
    <message>
        <source>%1 GB (HBM only)</source>
        <translation>%1 Go (HBM seulement)</translation>
    </message>
    <message>
        <source>%1 GB (all memory counted)</source>
        <translation>%1 Go (toute la mémoire comptée)</translation>
    </message>
    <message>
        <source>%1 FLOP</source>
        <translation>%1 FLOP</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Puce</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>FP16
TFLOPS</source>
        <translation>TFLOPS
FP16</translation>
    </message>
    <message>
        <source>GPUs per node
now</source>
        <translation>GPU par nœud
actuellement</translation>
    </message>
    <message>
        <source>GPUs per node
with the rule</source>
        <translation>GPU par nœud
avec la règle</translation>
    </message>
    <message>
        <source>Largest model
now → with the rule</source>
        <translation>Plus grand modèle
actuel → avec la règle</translation>
    </message>
    <message>
        <source>First count over
the limit</source>
        <translation>Premier nombre
au-delà de la limite</translation>
    </message>
    <message>
        <source>Newly caught
(GPUs)</source>
        <translation>Nouvellement visés
(GPU)</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>H100-
equivalents</source>
        <translation>Équivalents
H100</translation>
    </message>
    <message>
        <source>Under the amendment</source>
        <translation>Au titre de l&apos;amendement</translation>
    </message>
    <message>
        <source>Burden</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Cheapest node</source>
        <translation>Nœud le moins cher</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Over-
training</source>
        <translation>Sur-
entraînement</translation>
    </message>
    <message>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost with the rule
÷ without</source>
        <translation>Coût avec la règle
÷ sans</translation>
    </message>
    <message>
        <source>Largest unregistered model per chip: compute rule only and with the memory rule at %1</source>
        <translation>Plus grand modèle sans déclaration, par puce&#xa0;: règle de calcul seule et avec la règle de mémoire à %1</translation>
    </message>
    <message>
        <source>GPUs per node (now, then with the memory rule)</source>
        <translation>GPU par nœud (actuellement, puis avec la règle de mémoire)</translation>
    </message>
    <message>
        <source>Largest model (billions of parameters)</source>
        <translation>Plus grand modèle (milliards de paramètres)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation>%1 Go %2</translation>
    </message>
    <message>
        <source>never (memory not counted)</source>
        <translation>jamais (mémoire non comptée)</translation>
    </message>
    <message>
        <source>%1 GPUs → %2 H100-eq</source>
        <translation>%1 GPU → %2 éq. H100</translation>
    </message>
    <message>
        <source>%1 (compute first)</source>
        <translation>%1 (calcul en premier)</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (non comptée)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>trains in FP8, 14 bytes a parameter</source>
        <translation>entraîne en FP8, 14 octets par paramètre</translation>
    </message>
    <message>
        <source>trains in FP16, 16 bytes a parameter</source>
        <translation>entraîne en FP16, 16 octets par paramètre</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
    <message>
        <source>covered now by compute</source>
        <translation>déjà couvert par le calcul</translation>
    </message>
    <message>
        <source>newly covered</source>
        <translation>nouvellement couvert</translation>
    </message>
    <message>
        <source>newly covered from %1 GPUs</source>
        <translation>nouvellement couvert à partir de %1 GPU</translation>
    </message>
    <message>
        <source>covered by compute from %1 GPUs</source>
        <translation>couvert par le calcul à partir de %1 GPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>HBM only</source>
        <translation>HBM seulement</translation>
    </message>
    <message>
        <source>All memory counted</source>
        <translation>Toute la mémoire comptée</translation>
    </message>
    <message>
        <source>%1 at %2 catches none of MODEL.md §10&apos;s %3 reference systems (largest %4 GB).</source>
        <translation>%1, à %2&#xa0;: aucun des %3 systèmes de référence de MODEL.md §10 n&apos;est visé (le plus grand&#xa0;: %4 Go).</translation>
    </message>
    <message>
        <source>%1 at %2 catches %3 of MODEL.md §10&apos;s %4 reference systems (largest %5 GB).</source>
        <translation>%1, à %2&#xa0;: %3 des %4 systèmes de référence de MODEL.md §10 visés (le plus grand&#xa0;: %5 Go).</translation>
    </message>
    <message>
        <source>At %1, %2 of %3 chips lose node size</source>
        <translation>À %1, la taille de nœud diminue pour %2 puces sur %3</translation>
    </message>
    <message>
        <source>; the scenario&apos;s node of %1 %2 is covered by the compute rule already.</source>
        <translation>&#xa0;; le nœud du scénario, %1 %2, est déjà couvert par la règle de calcul.</translation>
    </message>
    <message>
        <source>; not even one %1 stays under the limit, so the scenario&apos;s node is covered whatever its size.</source>
        <translation>&#xa0;; même un seul %1 dépasse la limite, donc le nœud du scénario est couvert quelle que soit sa taille.</translation>
    </message>
    <message>
        <source>; the scenario&apos;s %1 node shrinks from %2 to %3 GPUs and its largest model from %4 to %5.</source>
        <translation>&#xa0;; le nœud %1 du scénario passe de %2 à %3 GPU et son plus grand modèle de %4 à %5.</translation>
    </message>
    <message>
        <source>; the scenario&apos;s node of %1 %2 stays under the limit as it is.</source>
        <translation>&#xa0;; le nœud du scénario, %1 %2, reste sous la limite tel quel.</translation>
    </message>
    <message>
        <source>; the scenario&apos;s node is not one of the table&apos;s chips.</source>
        <translation>&#xa0;; le nœud du scénario n&apos;utilise aucune des puces du tableau.</translation>
    </message>
    <message>
        <source>With the memory rule</source>
        <translation>Avec la règle de mémoire</translation>
    </message>
    <message>
        <source>Compute rule only</source>
        <translation>Règle de calcul seule</translation>
    </message>
    <message>
        <source>none within %1 nodes</source>
        <translation>aucun avec %1 nœuds ou moins</translation>
    </message>
    <message>
        <source>No chip&apos;s node reaches %1 within %2 nodes.</source>
        <translation>Aucune puce n&apos;atteint %1 avec %2 nœuds ou moins.</translation>
    </message>
    <message>
        <source>%1 nodes of %2 at %3 a GPU, %4: a %5 model, overtraining %6, eta %7, C_quality %8, cost %9</source>
        <translation>%1 nœuds de %2 à %3 par GPU, %4&#xa0;: modèle de %5, surentraînement %6, eta %7, C_quality %8, coût %9</translation>
    </message>
    <message>
        <source>%1 nodes of %2 (%3)</source>
        <translation>%1 nœuds de %2 (%3)</translation>
    </message>
    <message>
        <source>The cheapest run to %1 takes %2 now; with the memory rule no chip&apos;s node reaches it within %3 nodes.</source>
        <translation>L&apos;entraînement le moins cher jusqu&apos;à %1 demande actuellement %2&#xa0;; avec la règle de mémoire, aucune puce ne l&apos;atteint avec %3 nœuds ou moins.</translation>
    </message>
    <message>
        <source>The cheapest run to %1 takes %2 now and %3 with the memory rule (%4 the cost).</source>
        <translation>L&apos;entraînement le moins cher jusqu&apos;à %1 demande actuellement %2, et %3 avec la règle de mémoire (%4 le coût).</translation>
    </message>
    <message>
        <source>The cheapest run whose C_quality reaches each target, over every chip of the table with a price, with this scenario&apos;s WAN, time budget and other inputs (model %1, REVISION-2026-04 R11: flat, hierarchical and PP-Group DiLoCo). Hover a row for its details.</source>
        <translation>L&apos;entraînement le moins cher dont le C_quality atteint chaque cible, parmi toutes les puces du tableau qui ont un prix, avec le WAN, le budget de temps et les autres entrées de ce scénario (modèle %1, REVISION-2026-04 R11&#xa0;: DiLoCo plat, hiérarchique et PP-Group). Survolez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>The cheapest run whose C_quality reaches each target, over every chip of the table with a price, with this scenario&apos;s WAN, time budget and other inputs (model %1, MODEL.md §8&apos;s candidates: flat and PP-Group DiLoCo, each at its fewest nodes). Hover a row for its details.</source>
        <translation>L&apos;entraînement le moins cher dont le C_quality atteint chaque cible, parmi toutes les puces du tableau qui ont un prix, avec le WAN, le budget de temps et les autres entrées de ce scénario (modèle %1, candidats de MODEL.md §8&#xa0;: DiLoCo plat et PP-Group, chacun avec son nombre minimal de nœuds). Survolez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>Count &amp;HBM only (GDDR excluded)</source>
        <translation>Ne compter que la &amp;HBM (GDDR exclue)</translation>
    </message>
    <message>
        <source>Memory rule per chip</source>
        <translation>Règle de mémoire par puce</translation>
    </message>
    <message>
        <source>Per chip: its memory and FP16 rate, the GPUs per node now and with the rule, the largest model such a node holds, the first count over the limit and the counts the rule newly catches; the scenario&apos;s chip is bold.</source>
        <translation>Par puce&#xa0;: sa mémoire et son débit FP16, les GPU par nœud actuellement et avec la règle, le plus grand modèle que contient un tel nœud, le premier nombre au-delà de la limite et les nombres que la règle vise en plus&#xa0;; la puce du scénario est en gras.</translation>
    </message>
    <message>
        <source>Legitimate installations under the memory rule</source>
        <translation>Installations légitimes face à la règle de mémoire</translation>
    </message>
    <message>
        <source>Each use case&apos;s GPUs, memory, H100-equivalents, whether the amendment covers it, and the burden its source names.</source>
        <translation>Pour chaque cas d&apos;usage&#xa0;: GPU, mémoire, équivalents H100, couverture ou non par l&apos;amendement, et charge indiquée par sa source.</translation>
    </message>
    <message>
        <source>Cheapest configuration per target</source>
        <translation>Configuration la moins chère par cible</translation>
    </message>
    <message>
        <source>For 10²⁴, 10²⁵ and 10²⁶ FLOP: the cheapest chip&apos;s node, run and cost with the compute rule only and with the memory rule, and the ratio of the two costs.</source>
        <translation>Pour 10²⁴, 10²⁵ et 10²⁶ FLOP&#xa0;: le nœud, l&apos;entraînement et le coût de la puce la moins chère avec la règle de calcul seule et avec la règle de mémoire, et le rapport des deux coûts.</translation>
    </message>
    <message>
        <source>Largest unregistered model per chip</source>
        <translation>Plus grand modèle sans déclaration, par puce</translation>
    </message>
    <message>
        <source>Largest model that fits one node (billions of parameters)</source>
        <translation>Plus grand modèle tenant sur un nœud (milliards de paramètres)</translation>
    </message>
    <message>
        <source>Largest model per chip, now and with the memory rule</source>
        <translation>Plus grand modèle par puce, actuellement et avec la règle de mémoire</translation>
    </message>
    <message>
        <source>Per chip</source>
        <translation>Par puce</translation>
    </message>
    <message>
        <source>Legitimate installations</source>
        <translation>Installations légitimes</translation>
    </message>
    <message>
        <source>Memory rule tables and chart</source>
        <translation>Tableaux et graphique de la règle de mémoire</translation>
    </message>
    <message>
        <source>The per-chip table, the bar chart, the use cases and the cheapest configurations; scrolls on small screens.</source>
        <translation>Le tableau par puce, le graphique à barres, les cas d&apos;usage et les configurations les moins chères&#xa0;; défile sur les petits écrans.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>The amendment covers a cluster whose aggregate accelerator memory exceeds this, besides the compute rule&apos;s 16 H100-equivalents. Default %1 GB: the memory of sixteen H100s (16 × 80 GB).</source>
        <translation>L&apos;amendement couvre toute grappe dont la mémoire d&apos;accélérateur cumulée dépasse cette valeur, en plus des 16 équivalents H100 de la règle de calcul. Par défaut&#xa0;: %1 Go, la mémoire de seize H100 (16 × 80 Go).</translation>
    </message>
    <message>
        <source>The HBM reading of the amendment counts high-bandwidth memory only: GPUs with GDDR memory (workstation and gaming cards) never count towards the limit.</source>
        <translation>La lecture HBM de l&apos;amendement ne compte que la mémoire à large bande passante&#xa0;: les GPU à mémoire GDDR (cartes pour stations de travail et cartes de jeu) ne comptent jamais dans la limite.</translation>
    </message>
    <message>
        <source>Now (compute rule only)</source>
        <translation>Actuellement (règle de calcul seule)</translation>
    </message>
    <message>
        <source>With the memory rule at %1</source>
        <translation>Avec la règle de mémoire à %1</translation>
    </message>
    <message>
        <source>%1 (this scenario)</source>
        <translation>%1 (ce scénario)</translation>
    </message>
    <message>
        <source>%1, now</source>
        <translation>%1, actuellement</translation>
    </message>
    <message>
        <source>%1, with the memory rule</source>
        <translation>%1, avec la règle de mémoire</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>The search runs when the inputs have been still for a moment.</source>
        <translation>La recherche se lance quand les entrées n&apos;ont pas changé depuis un instant.</translation>
    </message>
    <message>
        <source>No search for these inputs: %1</source>
        <translation>Pas de recherche pour ces entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Memory rule</source>
        <translation>Règle de mémoire</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ModelSizeCandidateTable</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>× largest
flat model</source>
        <translation>× plus grand
modèle plat</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
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
        <translation>Efficacité
Chinchilla</translation>
    </message>
    <message>
        <source>Model size as a multiple of the largest model that fits one node</source>
        <translation>Taille du modèle en multiple du plus grand modèle qui tient sur un nœud</translation>
    </message>
    <message>
        <source>Share of C_local a compute-optimal run would need for the same loss</source>
        <translation>Part du C_local dont un entraînement optimal en calcul aurait besoin pour la même perte</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Plat</translation>
    </message>
    <message>
        <source>PP-Group</source>
        <translation>PP-Group</translation>
    </message>
    <message>
        <source>Model-size candidates</source>
        <translation>Tailles de modèle candidates</translation>
    </message>
    <message>
        <source>The candidate sizes of the model-size search with their efficiency and compute; the best row is highlighted.</source>
        <translation>Les tailles candidates de la recherche de taille de modèle, avec leur efficacité et leur calcul ; la meilleure ligne est mise en évidence.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ModelSizeTab</name>
    <message>
        <source>flat</source>
        <translation>plat</translation>
    </message>
    <message>
        <source>PP-Group</source>
        <translation>PP-Group</translation>
    </message>
    <message>
        <source>Quality-adjusted compute against model size</source>
        <translation>Calcul ajusté en qualité en fonction de la taille du modèle</translation>
    </message>
    <message>
        <source>Model size (billions of parameters)</source>
        <translation>Taille du modèle (milliards de paramètres)</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Calcul (FLOP)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates of the search, best first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Candidats de la recherche, du meilleur au moins bon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chinchilla-optimal
N_opt = %1</source>
        <translation>Optimum Chinchilla
N_opt = %1</translation>
    </message>
    <message>
        <source>The Chinchilla-optimal size for this compute budget, N_opt = %1, lies outside the plotted sizes.</source>
        <translation>La taille optimale selon Chinchilla pour ce budget de calcul, N_opt = %1, est hors des tailles représentées.</translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation>Ce scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>No candidate applies to these inputs.</source>
        <translation>Aucun candidat ne convient à ces entrées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best: %1 at %2 the largest flat model (%3)&lt;/b&gt;, C_quality %4.&lt;br&gt;Best is %5 the largest flat candidate&apos;s C_quality.</source>
        <translation>&lt;b&gt;Meilleur&#xa0;: %1, à %2 la taille du plus grand modèle plat (%3)&lt;/b&gt;, C_quality %4.&lt;br&gt;Le meilleur atteint %5 le C_quality du plus grand candidat plat.</translation>
    </message>
    <message>
        <source>Flat: C_local</source>
        <translation>Plat&#xa0;: C_local</translation>
    </message>
    <message>
        <source>PP-Group: C_local</source>
        <translation>PP-Group&#xa0;: C_local</translation>
    </message>
    <message>
        <source>Flat: C_quality</source>
        <translation>Plat&#xa0;: C_quality</translation>
    </message>
    <message>
        <source>PP-Group: C_quality</source>
        <translation>PP-Group&#xa0;: C_quality</translation>
    </message>
    <message>
        <source>Best: %1 = %2, %3</source>
        <translation>Meilleur&#xa0;: %1 = %2, %3</translation>
    </message>
    <message>
        <source>The search keeps this scenario&apos;s node (largest model on one node: %1), node count (%2), network, training inputs and assumptions, and varies the model size: flat DiLoCo up to one node&apos;s memory, PP-Group DiLoCo (the model split across nodes) beyond it.</source>
        <translation>La recherche conserve le nœud de ce scénario (plus grand modèle sur un nœud&#xa0;: %1), le nombre de nœuds (%2), le réseau, les entrées d&apos;entraînement et les hypothèses, et fait varier la taille du modèle&#xa0;: DiLoCo plat jusqu&apos;à la mémoire d&apos;un nœud, DiLoCo PP-Group (le modèle réparti sur plusieurs nœuds) au-delà.</translation>
    </message>
    <message>
        <source>The scenario&apos;s hierarchical mode is not used: every candidate syncs over the WAN without regional groups.</source>
        <translation>Le mode hiérarchique du scénario n&apos;est pas utilisé&#xa0;: chaque candidat se synchronise via le WAN, sans groupes régionaux.</translation>
    </message>
    <message>
        <source>The scenario&apos;s mixture-of-experts settings are not used: the search treats the node as training a dense model of each size.</source>
        <translation>Les réglages de mélange d&apos;experts du scénario ne sont pas utilisés&#xa0;: la recherche considère que le nœud entraîne un modèle dense de chaque taille.</translation>
    </message>
    <message>
        <source>No PP-Group run applies: it needs at least two pipeline groups, each as many nodes as the model needs stages.</source>
        <translation>Aucun entraînement PP-Group ne convient&#xa0;: il faut au moins deux groupes de pipeline, chacun comptant autant de nœuds que le modèle exige d&apos;étages.</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>Flat candidates</source>
        <translation>Candidats plats</translation>
    </message>
    <message>
        <source>PP-Group candidates</source>
        <translation>Candidats PP-Group</translation>
    </message>
</context>
<context>
    <name>dtx::ui::NetworkTab</name>
    <message>
        <source>Training compute against WAN bandwidth</source>
        <translation>Calcul d&apos;entraînement en fonction de la bande passante WAN</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>Bande passante WAN (Mbit/s)</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Calcul (FLOP)</translation>
    </message>
    <message>
        <source>Efficiency eta against WAN bandwidth</source>
        <translation>Efficacité eta en fonction de la bande passante WAN</translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation>eta (fraction du calcul local)</translation>
    </message>
    <message>
        <source>Inner steps between synchronisations against WAN bandwidth</source>
        <translation>Pas internes entre synchronisations en fonction de la bande passante WAN</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Pas internes H</translation>
    </message>
    <message>
        <source>Training compute against WAN latency</source>
        <translation>Calcul d&apos;entraînement en fonction de la latence WAN</translation>
    </message>
    <message>
        <source>WAN round-trip latency (ms)</source>
        <translation>Latence aller-retour WAN (ms)</translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation>C_local (équivalent local)</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation>C_quality (ajusté en qualité)</translation>
    </message>
    <message>
        <source>eta, this scenario</source>
        <translation>eta, ce scénario</translation>
    </message>
    <message>
        <source>eta = %1: compute-bound above, communication-bound below</source>
        <translation>eta = %1&#xa0;: limité par le calcul au-dessus, par la communication en dessous</translation>
    </message>
    <message>
        <source>Effective inner steps H_eff</source>
        <translation>Pas internes effectifs H_eff</translation>
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
        <translation>Profils de déploiement</translation>
    </message>
    <message>
        <source>Measured round trips</source>
        <translation>Allers-retours mesurés</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Ce scénario</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Network plots and link table</source>
        <translation>Graphiques réseau et tableau des liaisons</translation>
    </message>
    <message>
        <source>Compute, eta and inner steps against bandwidth, compute against latency, and the link each utilisation needs.</source>
        <translation>Calcul, eta et pas internes en fonction de la bande passante, calcul en fonction de la latence, et la liaison nécessaire à chaque utilisation.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::NodeSelector</name>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Throughput&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 PFLOPS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Memory (VRAM)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 GB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;H100-equivalents&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Largest model&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cost per node&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Débit&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1 PFLOPS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mémoire (VRAM)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 Go&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Équivalents H100&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Plus grand modèle&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Coût par nœud&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Custom node from the hardware catalog</source>
        <translation>Nœud personnalisé issu du catalogue matériel</translation>
    </message>
    <message>
        <source>Node preset</source>
        <translation>Préréglage de nœud</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>GPUs in one node (1 to %1).</source>
        <translation>Nombre de GPU dans un nœud (1 à %1).</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Précision d&apos;entraînement</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
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
        <translation>Nœud tel que défini dans le fichier de scénario</translation>
    </message>
    <message>
        <source>%1 of %2 H100-equivalents allowed</source>
        <translation>%1 sur %2 équivalents H100 autorisés</translation>
    </message>
    <message>
        <source>; %1 of %2 GB VRAM</source>
        <translation>; %1 sur %2 Go de VRAM</translation>
    </message>
    <message>
        <source>✔ Under the thresholds: no registration
%1</source>
        <translation>✔ Sous les seuils&#xa0;: pas de déclaration
%1</translation>
    </message>
    <message>
        <source>✖ Over a threshold: must register
%1</source>
        <translation>✖ Au-dessus d&apos;un seuil&#xa0;: déclaration obligatoire
%1</translation>
    </message>
    <message>
        <source>The GPU of a custom node, from the hardware catalog.</source>
        <translation>Le GPU d&apos;un nœud personnalisé, issu du catalogue matériel.</translation>
    </message>
    <message>
        <source>FP16: %1 bytes of training state per parameter, %2-bit pseudo-gradients. FP8: the GPU&apos;s FP8 throughput, %3 bytes per parameter, %4-bit pseudo-gradients.</source>
        <translation>FP16&#xa0;: %1 octets d&apos;état d&apos;entraînement par paramètre, pseudo-gradients sur %2 bits. FP8&#xa0;: le débit FP8 du GPU, %3 octets par paramètre, pseudo-gradients sur %4 bits.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The machine room every node is: one of the reference presets of the model revision (each the largest node of its chip under 16 H100-equivalents), or K GPUs of one type from the hardware catalog. Default: 48x A100 80GB under 2026-02, 50x A100 80GB under 2026-04.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La salle de machines que constitue chaque nœud&#xa0;: un des préréglages de référence de la révision du modèle (chacun le plus grand nœud de sa puce sous 16 équivalents H100), ou K GPU d’un type du catalogue matériel. Par défaut&#xa0;: 48x A100 80GB sous 2026-02, 50x A100 80GB sous 2026-04.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dtx::ui::NumberSpinBox</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is below the least this input allows, %2</source>
        <translation>%1 est en dessous du minimum permis pour ce paramètre, %2</translation>
    </message>
    <message>
        <source>%1 is above the most this input allows, %2</source>
        <translation>%1 dépasse le maximum permis pour ce paramètre, %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerInputsPanel</name>
    <message>
        <source>Maximum run length</source>
        <translation>Durée maximale du run</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>Total parameter count P of the model to train.</source>
        <translation>Nombre total de paramètres P du modèle à entraîner.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>trillion tokens</source>
        <translation>billions de tokens</translation>
    </message>
    <message>
        <source>Training tokens D; the run ends when all have been seen once.</source>
        <translation>Tokens d&apos;entraînement D&#xa0;; le run se termine quand tous ont été vus une fois.</translation>
    </message>
    <message>
        <source>Mixture of experts (MoE)</source>
        <translation>Mélange d&apos;experts (MoE)</translation>
    </message>
    <message>
        <source>Only the active parameters compute each token; the experts can be split over several nodes (expert parallelism).</source>
        <translation>Seuls les paramètres actifs calculent chaque token&#xa0;; les experts peuvent être répartis sur plusieurs nœuds (parallélisme d&apos;experts).</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>Paramètres actifs</translation>
    </message>
    <message>
        <source>Parameters that compute each token (P_act), at most the total.</source>
        <translation>Paramètres qui calculent chaque token (P_act), au plus le total.</translation>
    </message>
    <message>
        <source>MoE layers</source>
        <translation>Couches MoE</translation>
    </message>
    <message>
        <source>Layers with experts; each costs two all-to-all round trips per step when the experts are split over the network.</source>
        <translation>Couches à experts&#xa0;; chacune coûte deux allers-retours all-to-all par pas lorsque les experts sont répartis sur le réseau.</translation>
    </message>
    <message>
        <source>Experts split</source>
        <translation>Répartition des experts</translation>
    </message>
    <message>
        <source>none: every node holds all experts. regional: experts split within a group of nodes. global: experts split over all nodes, over the WAN.</source>
        <translation>aucune&#xa0;: chaque nœud détient tous les experts. régionale&#xa0;: experts répartis au sein d&apos;un groupe de nœuds. globale&#xa0;: experts répartis sur tous les nœuds, via le WAN.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Machine rooms that train together over the WAN.</source>
        <translation>Salles machines qui s&apos;entraînent ensemble via le WAN.</translation>
    </message>
    <message>
        <source>Node throughput</source>
        <translation>Débit d&apos;un nœud</translation>
    </message>
    <message>
        <source>PFLOPS</source>
        <translation>PFLOPS</translation>
    </message>
    <message>
        <source>Node memory</source>
        <translation>Mémoire d&apos;un nœud</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>GPU memory of one node. A model whose training state does not fit is split into pipeline stages over several nodes.</source>
        <translation>Mémoire GPU d&apos;un nœud. Un modèle dont l&apos;état d&apos;entraînement n&apos;y tient pas est découpé en étages de pipeline sur plusieurs nœuds.</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the fraction of peak throughput training achieves.</source>
        <translation>Utilisation des FLOP du modèle&#xa0;: fraction du débit de crête qu&apos;atteint l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>WAN bandwidth</source>
        <translation>Bande passante WAN</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Symmetric internet bandwidth of each node, in megabits per second.</source>
        <translation>Bande passante Internet symétrique de chaque nœud, en mégabits par seconde.</translation>
    </message>
    <message>
        <source>WAN latency</source>
        <translation>Latence WAN</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip time between nodes.</source>
        <translation>Temps d&apos;aller-retour entre les nœuds.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Inner steps H</source>
        <translation>Pas internes H</translation>
    </message>
    <message>
        <source>Local steps between two synchronisations. More steps hide a slow network but cost some learning efficiency.</source>
        <translation>Pas locaux entre deux synchronisations. Davantage de pas masquent un réseau lent, mais coûtent un peu d&apos;efficacité d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Pseudo-gradient compression</source>
        <translation>Compression du pseudo-gradient</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>How much smaller each synchronisation is than the raw pseudo-gradient.</source>
        <translation>Facteur de réduction de chaque synchronisation par rapport au pseudo-gradient brut.</translation>
    </message>
    <message>
        <source>Local batch</source>
        <translation>Lot local</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>Tokens per inner step on each node.</source>
        <translation>Tokens par pas interne sur chaque nœud.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Streaming DiLoCo sends the pseudo-gradient while the next block computes; without it the two run one after the other.</source>
        <translation>Streaming DiLoCo envoie le pseudo-gradient pendant le calcul du bloc suivant&#xa0;; sans streaming, les deux s&apos;exécutent l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>Stragglers</source>
        <translation>Gestion des retardataires</translation>
    </message>
    <message>
        <source>none: every sync waits for the slowest node. threshold: a deadline drops late updates (costs efficiency). redundancy: one spare node per ten.</source>
        <translation>aucune&#xa0;: chaque synchronisation attend le nœud le plus lent. seuil&#xa0;: une échéance écarte les mises à jour tardives (au prix d&apos;une perte d&apos;efficacité). redondance&#xa0;: un nœud de réserve pour dix.</translation>
    </message>
    <message>
        <source>Pipeline (only when the model does not fit one node):</source>
        <translation>Pipeline (uniquement si le modèle ne tient pas sur un nœud)&#xa0;:</translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation>Compression des activations</translation>
    </message>
    <message>
        <source>How much smaller the activations sent between pipeline stages are.</source>
        <translation>Facteur de réduction des activations envoyées entre les étages du pipeline.</translation>
    </message>
    <message>
        <source>Micro-batches M</source>
        <translation>Micro-lots M</translation>
    </message>
    <message>
        <source>Micro-batches per pipeline step; more of them shrink the pipeline bubble.</source>
        <translation>Micro-lots par pas de pipeline&#xa0;; plus ils sont nombreux, plus la bulle du pipeline se réduit.</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hiérarchie</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Groupes régionaux</translation>
    </message>
    <message>
        <source>Nodes sync within regional groups over a faster link, and only every R regional rounds over the WAN. The regional link also joins pipeline stages.</source>
        <translation>Les nœuds se synchronisent au sein de groupes régionaux sur une liaison plus rapide, et seulement tous les R tours régionaux via le WAN. La liaison régionale relie aussi les étages du pipeline.</translation>
    </message>
    <message>
        <source>Nodes per group</source>
        <translation>Nœuds par groupe</translation>
    </message>
    <message>
        <source>Nodes in one regional group (also the expert-parallel group for regional experts).</source>
        <translation>Nœuds d&apos;un groupe régional (c&apos;est aussi le groupe de parallélisme d&apos;experts pour les experts régionaux).</translation>
    </message>
    <message>
        <source>Regional bandwidth</source>
        <translation>Bande passante régionale</translation>
    </message>
    <message>
        <source>Bandwidth inside a regional group.</source>
        <translation>Bande passante au sein d&apos;un groupe régional.</translation>
    </message>
    <message>
        <source>Regional latency</source>
        <translation>Latence régionale</translation>
    </message>
    <message>
        <source>Round trip inside a regional group.</source>
        <translation>Aller-retour au sein d&apos;un groupe régional.</translation>
    </message>
    <message>
        <source>Regional rounds R</source>
        <translation>Tours régionaux R</translation>
    </message>
    <message>
        <source>Regional synchronisations per WAN synchronisation.</source>
        <translation>Synchronisations régionales par synchronisation WAN.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Straggler model</source>
        <translation>Modèle des retardataires</translation>
    </message>
    <message>
        <source>Efficiency penalty of rare syncs</source>
        <translation>Pénalité d&apos;efficacité des synchronisations rares</translation>
    </message>
    <message>
        <source>DiLoCo learns less per token the more inner steps pass between syncs (Charles et al. 2025); the run takes longer by that factor.</source>
        <translation>DiLoCo apprend moins par token à mesure que les pas internes entre synchronisations augmentent (Charles et al. 2025)&#xa0;; l&apos;entraînement s&apos;allonge d&apos;autant.</translation>
    </message>
    <message>
        <source>Set the limit by hand</source>
        <translation>Fixer la limite manuellement</translation>
    </message>
    <message>
        <source>Off: the limit follows from how fast hardware, software and investment grow (Epoch AI, &quot;The longest training run&quot;).</source>
        <translation>Désactivé&#xa0;: la limite découle de la croissance du matériel, du logiciel et des investissements (Epoch AI, «&#xa0;The longest training run&#xa0;»).</translation>
    </message>
    <message>
        <source>Run-length limit</source>
        <translation>Limite de durée du run</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>The longest run worth starting.</source>
        <translation>Le run le plus long qui vaille la peine d&apos;être lancé.</translation>
    </message>
    <message>
        <source>OOM/year</source>
        <translation>OdG/an</translation>
    </message>
    <message>
        <source>Hardware growth</source>
        <translation>Croissance du matériel</translation>
    </message>
    <message>
        <source>Orders of magnitude per year by which FLOP per dollar grows.</source>
        <translation>Ordres de grandeur par an de croissance des FLOP par dollar.</translation>
    </message>
    <message>
        <source>Software growth</source>
        <translation>Croissance du logiciel</translation>
    </message>
    <message>
        <source>Orders of magnitude per year of algorithmic progress.</source>
        <translation>Ordres de grandeur par an de progrès algorithmique.</translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation>Croissance des investissements</translation>
    </message>
    <message>
        <source>Orders of magnitude per year by which training budgets grow.</source>
        <translation>Ordres de grandeur par an de croissance des budgets d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Training run inputs</source>
        <translation>Entrées du run d&apos;entraînement</translation>
    </message>
    <message>
        <source>The planner&apos;s inputs: model, cluster, network, algorithm and run length.</source>
        <translation>Les paramètres du planificateur&#xa0;: modèle, grappe, réseau, algorithme et durée d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Plan a different cluster</source>
        <translation>Planifier une autre grappe</translation>
    </message>
    <message>
        <source>Off: the planner plans the scenario in the headline (its nodes, node, model, network and the tokens its time budget trains), and those inputs are locked here. On: it plans the cluster set here.</source>
        <translation>Désactivé&#xa0;: le planificateur planifie le scénario de l&apos;en-tête (ses nœuds, le type de nœud, le modèle, le réseau et les jetons que son budget de temps entraîne)&#xa0;; ces paramètres sont verrouillés ici. Activé&#xa0;: il planifie la grappe réglée ici.</translation>
    </message>
    <message>
        <source>Taken from the scenario in the headline; switch on &quot;Plan a different cluster&quot; to set it here.</source>
        <translation>Repris du scénario de l&apos;en-tête&#xa0;; activez «&#xa0;Planifier une autre grappe&#xa0;» pour le régler ici.</translation>
    </message>
    <message>
        <source>Peak training throughput of one node (the reference planner credits its node with %1 PFLOPS).</source>
        <translation>Débit d&apos;entraînement maximal d&apos;un nœud (le planificateur de référence attribue %1 PFLOPS à son nœud).</translation>
    </message>
    <message>
        <source>Training precision (FP16 / FP8 / FP4): %1 / %2 / %3 bytes of training state per parameter and %4 / %5 / %6 bytes per value sent.</source>
        <translation>Précision d&apos;entraînement (FP16 / FP8 / FP4)&#xa0;: %1 / %2 / %3 octets d&apos;état d&apos;entraînement par paramètre et %4 / %5 / %6 octets par valeur envoyée.</translation>
    </message>
    <message>
        <source>A sync of k nodes waits for the slowest: 1 + %1 log2 k times longer. Off: every node is equally fast.</source>
        <translation>Une synchronisation de k nœuds attend le plus lent&#xa0;: 1 + %1 log2 k fois plus longtemps. Désactivé&#xa0;: tous les nœuds sont aussi rapides.</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>planned cluster</source>
        <translation>cluster planifié</translation>
    </message>
    <message>
        <source>planner inputs</source>
        <translation>entrées du planificateur</translation>
    </message>
    <message>
        <source>planner&apos;s %1</source>
        <translation>planificateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlannerSummary</name>
    <message>
        <source>Network-bound: the model does not fit one node and there are too few nodes for two pipelines, so one pipeline runs over the WAN; passing activations between its stages outlasts the computing.</source>
        <translation>Limité par le réseau&#xa0;: le modèle ne tient pas sur un nœud et les nœuds sont trop peu nombreux pour deux pipelines&#xa0;; un seul pipeline tourne donc via le WAN, et le transfert des activations entre ses étages dure plus longtemps que le calcul.</translation>
    </message>
    <message>
        <source>Compute-bound: the model does not fit one node and there are too few nodes for two pipelines, so one pipeline runs over the WAN; its computing outlasts passing activations between stages.</source>
        <translation>Limité par le calcul&#xa0;: le modèle ne tient pas sur un nœud et les nœuds sont trop peu nombreux pour deux pipelines&#xa0;; un seul pipeline tourne donc via le WAN, et son calcul dure plus longtemps que le transfert des activations entre étages.</translation>
    </message>
    <message>
        <source>Network-bound: each WAN sync takes %1, the compute between WAN syncs only %2.</source>
        <translation>Limité par le réseau&#xa0;: chaque synchronisation WAN prend %1, le calcul entre deux synchronisations WAN seulement %2.</translation>
    </message>
    <message>
        <source>Network-bound: each sync takes %1, the compute block between syncs only %2.</source>
        <translation>Limité par le réseau&#xa0;: chaque synchronisation prend %1, le bloc de calcul entre deux synchronisations seulement %2.</translation>
    </message>
    <message>
        <source>Streaming overlaps them, so the sync sets the pace.</source>
        <translation>Le streaming les superpose&#xa0;: la synchronisation impose donc le rythme.</translation>
    </message>
    <message>
        <source>Without streaming the two add up.</source>
        <translation>Sans streaming, les deux s&apos;additionnent.</translation>
    </message>
    <message>
        <source>Compute-bound: the compute block between syncs takes %1, each sync only %2.</source>
        <translation>Limité par le calcul&#xa0;: le bloc de calcul entre deux synchronisations prend %1, chaque synchronisation seulement %2.</translation>
    </message>
    <message>
        <source>Streaming hides the sync completely.</source>
        <translation>Le streaming masque entièrement la synchronisation.</translation>
    </message>
    <message>
        <source>Without streaming the sync still adds its time to every block.</source>
        <translation>Sans streaming, la synchronisation ajoute quand même sa durée à chaque bloc.</translation>
    </message>
    <message>
        <source>%1: every node is one DiLoCo replica</source>
        <translation>%1&#xa0;: chaque nœud est un réplica DiLoCo</translation>
    </message>
    <message>
        <source>%1: %2 pipelines of %3 stages (the model does not fit one node)</source>
        <translation>%1&#xa0;: %2 pipelines de %3 étages (le modèle ne tient pas sur un nœud)</translation>
    </message>
    <message>
        <source>%1: one pipeline of %2 stages over the WAN</source>
        <translation>%1&#xa0;: un seul pipeline de %2 étages via le WAN</translation>
    </message>
    <message>
        <source>; mixture of experts, %1 of %2 active, experts split: %3</source>
        <translation>; mélange d&apos;experts, %1 actifs sur %2, répartition des experts&#xa0;: %3</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Before the efficiency penalty</source>
        <translation>Avant la pénalité d&apos;efficacité</translation>
    </message>
    <message>
        <source>Inner step</source>
        <translation>Pas interne</translation>
    </message>
    <message>
        <source>Compute block</source>
        <translation>Bloc de calcul</translation>
    </message>
    <message>
        <source>WAN sync</source>
        <translation>Synchronisation WAN</translation>
    </message>
    <message>
        <source>Regional sync</source>
        <translation>Synchronisation régionale</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Global MFU / HFU</source>
        <translation>MFU / HFU global</translation>
    </message>
    <message>
        <source>Parameters per node</source>
        <translation>Paramètres par nœud</translation>
    </message>
    <message>
        <source>Largest model per node</source>
        <translation>Plus grand modèle par nœud</translation>
    </message>
    <message>
        <source>Maximum run length</source>
        <translation>Durée maximale du run</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Training takes %1</source>
        <translation>L&apos;entraînement dure %1</translation>
    </message>
    <message>
        <source>Training takes %1 (%2 years)</source>
        <translation>L&apos;entraînement dure %1 (%2 ans)</translation>
    </message>
    <message>
        <source>Finishes in %1, within the maximum run length of %2.</source>
        <translation>Se termine en %1, dans la limite de la durée maximale de run de %2.</translation>
    </message>
    <message>
        <source>Too long: %1 exceeds the maximum run length of %2. A run started later, on better hardware and software, would finish first.</source>
        <translation>Trop long&#xa0;: %1 dépasse la durée maximale de run de %2. Un run lancé plus tard, avec un meilleur matériel et de meilleurs logiciels, finirait avant.</translation>
    </message>
    <message>
        <source>%1 moving activations per pipeline step</source>
        <translation>%1 de transfert des activations par pas de pipeline</translation>
    </message>
    <message>
        <source>%1 (penalty off)</source>
        <translation>%1 (pénalité désactivée)</translation>
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
        <translation>%1, fixée manuellement</translation>
    </message>
    <message>
        <source>%1, from growth of %2 orders of magnitude a year</source>
        <translation>%1, d&apos;après une croissance de %2 ordres de grandeur par an</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Aucun plan</translation>
    </message>
    <message>
        <source>Check the input “%1”.</source>
        <translation>Vérifiez l&apos;entrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1: groups of %Ln node(s) sync %2 times per WAN sync</source>
        <translation>
            <numerusform>%1&#xa0;: des groupes de %Ln nœud se synchronisent %2 fois par synchronisation WAN</numerusform>
            <numerusform>%1&#xa0;: des groupes de %Ln nœuds se synchronisent %2 fois par synchronisation WAN</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality (model revision 2026-04)</source>
        <translation>Qualité (révision 2026-04 du modèle)</translation>
    </message>
    <message>
        <source>eta_H %1 × q_c %2 × q_act %3; replicas add %4 % to the loss, chi %5, C_quality %6</source>
        <translation>eta_H %1 × q_c %2 × q_act %3&#xa0;; les répliques ajoutent %4 % à la perte, chi %5, C_quality %6</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlotTab</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>dtx-explorer %1, model revision %2</source>
        <translation>dtx-explorer %1, révision du modèle %2</translation>
    </message>
    <message>
        <source>dtx-explorer %1, model revision %2 (dashed: %3)</source>
        <translation>dtx-explorer %1, révision du modèle %2 (tirets&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PlotView</name>
    <message>
        <source>Strict Threshold %1</source>
        <translation>Seuil strict %1</translation>
    </message>
    <message>
        <source>No setting in this range gives a valid configuration.</source>
        <translation>Aucun réglage dans cette plage ne donne une configuration valide.</translation>
    </message>
    <message>
        <source>No valid configuration:
%1</source>
        <translation>Aucune configuration valide&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Export image (PNG, SVG, PDF)…</source>
        <translation>Exporter l&apos;image (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export plot image</source>
        <translation>Exporter l&apos;image du graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the plot</source>
        <translation>Impossible d&apos;exporter le graphique</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Export plot data</source>
        <translation>Exporter les données du graphique</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Impossible d&apos;exporter les données</translation>
    </message>
    <message>
        <source>Plot. Left and Right arrows read the points of a curve, Up and Down change the curve; + and − zoom, Shift with an arrow pans, 0 resets the view; the Menu key (or Shift+F10) exports the plot or its data.</source>
        <translation>Graphique. Les flèches gauche et droite permettent de lire les points d&apos;une courbe, les flèches haut et bas changent de courbe&#xa0;; + et − zooment, Maj avec une flèche déplace la vue, 0 réinitialise la vue&#xa0;; la touche Menu (ou Maj+F10) exporte le graphique ou ses données.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dashed: model revision %1</source>
        <translation>Tirets&#xa0;: révision du modèle %1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PolicyBrief</name>
    <message>
        <source>6 FLOP per parameter per token</source>
        <translation>6 FLOP par paramètre et par token</translation>
    </message>
    <message>
        <source>DiLoCo: inner/outer optimisation, rare synchronisation</source>
        <translation>DiLoCo&#xa0;: optimisation interne/externe, synchronisation rare</translation>
    </message>
    <message>
        <source>Streaming (overlapped) synchronisation, FP4 outer gradients</source>
        <translation>Synchronisation en streaming (superposée), gradients externes en FP4</translation>
    </message>
    <message>
        <source>eta falling with log10(H); the replica penalty</source>
        <translation>eta décroissant avec log10(H)&#xa0;; la pénalité de réplicas</translation>
    </message>
    <message>
        <source>Compression quality</source>
        <translation>Qualité de compression</translation>
    </message>
    <message>
        <source>Activation compression</source>
        <translation>Compression des activations</translation>
    </message>
    <message>
        <source>Hierarchical (two-tier) synchronisation</source>
        <translation>Synchronisation hiérarchique (à deux niveaux)</translation>
    </message>
    <message>
        <source>GPipe bubble (M + S − 1)</source>
        <translation>Bulle GPipe (M + S − 1)</translation>
    </message>
    <message>
        <source>Chinchilla loss constants, D/N = 25.6</source>
        <translation>Constantes de perte de Chinchilla, D/N = 25,6</translation>
    </message>
    <message>
        <source>Maximum run length</source>
        <translation>Durée maximale du run</translation>
    </message>
    <message>
        <source>Treaty thresholds: 16 H100-eq covered cluster, 10²⁴ FLOP Strict Threshold</source>
        <translation>Seuils du traité&#xa0;: grappe de calcul couverte à 16 éq. H100, seuil strict de 10²⁴ FLOP</translation>
    </message>
    <message>
        <source>GPU figures</source>
        <translation>Caractéristiques des GPU</translation>
    </message>
</context>
<context>
    <name>dtx::ui::Preferences</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1: settings and the session cannot be kept after you quit.</source>
        <translation>%1&#xa0;: les réglages et la session ne seront pas conservés après la fermeture.</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: %2. They hold until you quit.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés dans %1&#xa0;: %2. Ils valent jusqu&apos;à la fermeture.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::PresentationMode</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Previous step (Left arrow or Page Up)</source>
        <translation>Étape précédente (flèche gauche ou Page précédente)</translation>
    </message>
    <message>
        <source>Next step (Right arrow or Page Down)</source>
        <translation>Étape suivante (flèche droite ou Page suivante)</translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation>Quitter la présentation (Échap)</translation>
    </message>
    <message>
        <source>&amp;Add this scenario as a step…</source>
        <translation>&amp;Ajouter ce scénario comme étape…</translation>
    </message>
    <message>
        <source>Story step</source>
        <translation>Étape du récit</translation>
    </message>
    <message>
        <source>Title of the step:</source>
        <translation>Titre de l&apos;étape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open story…</source>
        <translation>&amp;Ouvrir un récit…</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Ouvrir un récit</translation>
    </message>
    <message>
        <source>dtx stories (*.json)</source>
        <translation>Récits dtx (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the story</source>
        <translation>Impossible d&apos;ouvrir le récit</translation>
    </message>
    <message>
        <source>&amp;Save story as…</source>
        <translation>&amp;Enregistrer le récit sous…</translation>
    </message>
    <message>
        <source>Save story</source>
        <translation>Enregistrer le récit</translation>
    </message>
    <message>
        <source>Cannot save the story</source>
        <translation>Impossible d&apos;enregistrer le récit</translation>
    </message>
    <message>
        <source>Start a &amp;new story</source>
        <translation>Commencer un &amp;nouveau récit</translation>
    </message>
    <message>
        <source>Use the &amp;built-in story</source>
        <translation>Utiliser le récit &amp;intégré</translation>
    </message>
    <message>
        <source>This story has no steps yet</source>
        <translation>Ce récit ne contient encore aucune étape</translation>
    </message>
    <message>
        <source>Leave with Esc, then add scenarios with View → Story → Add this scenario as a step.</source>
        <translation>Quittez avec Échap, puis ajoutez des scénarios via Affichage → Récit → Ajouter ce scénario comme étape.</translation>
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
        <translation>étape %1 du récit</translation>
    </message>
    <message>
        <source>Back to the window and to the scenario as it was before the story.</source>
        <translation>Revenir à la fenêtre et au scénario tel qu&apos;il était avant le récit.</translation>
    </message>
    <message>
        <source>Its message, in one sentence. {c_local}, {c_quality}, {eta}, {cost}, {nodes}, {nodes_for_1e25} and the like quote the step&apos;s own figures, so they always match the screen:</source>
        <translation>Son message, en une phrase. {c_local}, {c_quality}, {eta}, {cost}, {nodes}, {nodes_for_1e25} et les autres repères citent les chiffres de l&apos;étape elle-même et correspondent donc toujours à l&apos;écran&#xa0;:</translation>
    </message>
    <message>
        <source>story</source>
        <translation>récit</translation>
    </message>
    <message>
        <source>presentation&apos;s scenario</source>
        <translation>scénario de la présentation</translation>
    </message>
</context>
<context>
    <name>dtx::ui::RevisionSelector</name>
    <message>
        <source>Show the other revision</source>
        <translation>Montrer l’autre révision</translation>
    </message>
    <message>
        <source>Model revision</source>
        <translation>Révision du modèle</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which version of the evaluation model every figure comes from. &lt;b&gt;2026-02&lt;/b&gt; is the seed model the project started from; &lt;b&gt;2026-04&lt;/b&gt; is its authors&apos; April 2026 revision: 50-GPU A100 nodes at $7,000, 150× compression with error feedback, separate upload and download, a relay straggler mode, and a replica penalty that raises the loss and grows with the inner-step count. Switching keeps every input you changed that both revisions have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De quelle version du modèle d’évaluation vient chaque chiffre. &lt;b&gt;2026-02&lt;/b&gt; est le modèle d’origine du projet&#xa0;; &lt;b&gt;2026-04&lt;/b&gt; est la révision d’avril 2026 de ses auteurs&#xa0;: nœuds de 50 A100 à 7 000 $, compression 150× avec rétroaction d’erreur, envoi et réception séparés, un mode relais pour les retardataires et une pénalité des répliques qui augmente la perte et croît avec le nombre de pas internes. Changer de révision garde chaque entrée modifiée que les deux révisions ont en commun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Draws the other revision&apos;s curves dashed in the same colour on every plot, and gives both figures and their ratio in the headline and the brief.</source>
        <translation>Trace les courbes de l’autre révision en tirets de la même couleur sur chaque graphique, et donne les deux chiffres et leur rapport dans l’en-tête et la note de synthèse.</translation>
    </message>
    <message>
        <source>Show %1 too (dashed)</source>
        <translation>Montrer aussi %1 (tirets)</translation>
    </message>
    <message>
        <source>Now under %1; every input keeps its value.</source>
        <translation>Désormais sous %1&#xa0;; chaque entrée garde sa valeur.</translation>
    </message>
    <message>
        <source>node %1 → %2</source>
        <translation>nœud %1 → %2</translation>
    </message>
    <message>
        <source>compression %1× → %2×</source>
        <translation>compression %1× → %2×</translation>
    </message>
    <message>
        <source>error feedback on</source>
        <translation>rétroaction d’erreur activée</translation>
    </message>
    <message>
        <source>no error feedback</source>
        <translation>sans rétroaction d’erreur</translation>
    </message>
    <message>
        <source>stragglers: %1</source>
        <translation>retardataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>upload / download %1 Mbps → one symmetric %2 Mbps</source>
        <translation>envoi / réception %1 Mbps → un débit symétrique de %2 Mbps</translation>
    </message>
    <message>
        <source>fixed inner steps (%1) dropped</source>
        <translation>pas internes fixes (%1) abandonnés</translation>
    </message>
    <message>
        <source>Now under %1. Defaults that changed: %2.</source>
        <translation>Désormais sous %1. Valeurs par défaut modifiées&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::RunLengthLimitLine</name>
    <message>
        <source>Maximum run length (%1)</source>
        <translation>Durée maximale du run (%1)</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScaleTab</name>
    <message>
        <source>Training compute against node count</source>
        <translation>Calcul d&apos;entraînement en fonction du nombre de nœuds</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Calcul (FLOP)</translation>
    </message>
    <message>
        <source>Efficiency eta against node count</source>
        <translation>Efficacité eta en fonction du nombre de nœuds</translation>
    </message>
    <message>
        <source>eta (fraction of local compute)</source>
        <translation>eta (fraction du calcul local)</translation>
    </message>
    <message>
        <source>Hardware cost against node count</source>
        <translation>Coût du matériel en fonction du nombre de nœuds</translation>
    </message>
    <message>
        <source>GPU cost (US$)</source>
        <translation>Coût des GPU ($ US)</translation>
    </message>
    <message>
        <source>%1: C_local</source>
        <translation>%1&#xa0;: C_local</translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation>C_local (équivalent local)</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation>C_quality (ajusté en qualité)</translation>
    </message>
    <message>
        <source>eta, this scenario</source>
        <translation>eta, ce scénario</translation>
    </message>
    <message>
        <source>Cost, this scenario</source>
        <translation>Coût, ce scénario</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Ce scénario</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nœud</numerusform>
            <numerusform>%Ln nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScenarioEditCommand</name>
    <message>
        <source>%1 change</source>
        <translation>modification de %1</translation>
    </message>
</context>
<context>
    <name>dtx::ui::ScenarioFiles</name>
    <message>
        <source>dtx scenarios (*.json);;All files (*)</source>
        <translation>Scénarios dtx (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Voulez-vous d&apos;abord les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario</translation>
    </message>
    <message>
        <source>%1

The current scenario is unchanged.</source>
        <translation>%1

Le scénario actuel reste inchangé.</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged.</source>
        <translation>%1

Le fichier sur le disque reste inchangé.</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>scenario.json</source>
        <translation>scenario.json</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Aucun scénario récent</translation>
    </message>
    <message>
        <source>the unusable session at %1 is kept as it was</source>
        <translation>la session inutilisable %1 est conservée telle quelle</translation>
    </message>
    <message>
        <source>The session cannot be kept</source>
        <translation>La session ne peut pas être conservée</translation>
    </message>
    <message>
        <source>%1

The unsaved changes to “%2” will not come back at the next start. Quit all the same?</source>
        <translation>%1

Les modifications non enregistrées de «&#xa0;%2&#xa0;» ne reviendront pas au prochain démarrage. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The last session could not be restored: %1

It could not be moved aside either, so it is left untouched at %2.</source>
        <translation>La dernière session n&apos;a pas pu être restaurée&#xa0;: %1

Elle n&apos;a pas pu être mise de côté non plus&#xa0;; elle reste intacte dans %2.</translation>
    </message>
    <message>
        <source>The last session could not be restored: %1

It was kept as %2; the window starts with the reference scenario.</source>
        <translation>La dernière session n&apos;a pas pu être restaurée&#xa0;: %1

Elle a été conservée sous %2&#xa0;; la fenêtre s&apos;ouvre sur le scénario de référence.</translation>
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
        <translation>Réinitialiser %1</translation>
    </message>
    <message>
        <source>Range %1 to %2 %3%4. Default %5 %3.</source>
        <translation>Plage de %1 à %2 %3%4. Par défaut&#xa0;: %5 %3.</translation>
    </message>
    <message>
        <source>, logarithmic slider</source>
        <translation>, curseur logarithmique</translation>
    </message>
    <message>
        <source>Back to the default, %1 %2</source>
        <translation>Revenir à la valeur par défaut, %1 %2</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Non retenu&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>dtx::ui::StoryText</name>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>dtx::ui::TimeTab</name>
    <message>
        <source>Training compute against the time budget</source>
        <translation>Calcul d&apos;entraînement en fonction du budget de temps</translation>
    </message>
    <message>
        <source>Time budget (months)</source>
        <translation>Budget de temps (mois)</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Calcul (FLOP)</translation>
    </message>
    <message>
        <source>Longest sensible run against total growth</source>
        <translation>Run le plus long raisonnable en fonction de la croissance totale</translation>
    </message>
    <message>
        <source>Total growth (orders of magnitude per year)</source>
        <translation>Croissance totale (ordres de grandeur par an)</translation>
    </message>
    <message>
        <source>Longest sensible run (months)</source>
        <translation>Run le plus long raisonnable (mois)</translation>
    </message>
    <message>
        <source>Hardware growth</source>
        <translation>Croissance du matériel</translation>
    </message>
    <message>
        <source>How fast compute per dollar improves each year, in orders of magnitude (Epoch AI, &quot;The longest training run&quot;).</source>
        <translation>Vitesse à laquelle le calcul par dollar progresse chaque année, en ordres de grandeur (Epoch AI, «&#xa0;The longest training run&#xa0;»).</translation>
    </message>
    <message>
        <source>Software growth</source>
        <translation>Croissance du logiciel</translation>
    </message>
    <message>
        <source>How fast algorithms cut the compute a given capability needs, in orders of magnitude per year (Epoch AI).</source>
        <translation>Vitesse à laquelle les algorithmes réduisent le calcul nécessaire à une capacité donnée, en ordres de grandeur par an (Epoch AI).</translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation>Croissance des investissements</translation>
    </message>
    <message>
        <source>How fast the money spent on the largest runs grows, in orders of magnitude per year (Epoch AI).</source>
        <translation>Vitesse à laquelle croissent les sommes consacrées aux plus grands entraînements, en ordres de grandeur par an (Epoch AI).</translation>
    </message>
    <message>
        <source>No treaty</source>
        <translation>Sans traité</translation>
    </message>
    <message>
        <source>Today&apos;s growth rates (Epoch AI): about %1 orders of magnitude a year.</source>
        <translation>Taux de croissance actuels (Epoch AI)&#xa0;: environ %1 ordres de grandeur par an.</translation>
    </message>
    <message>
        <source>Treaty slowdown</source>
        <translation>Ralentissement dû au traité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Longest sensible training run&lt;/b&gt;</source>
        <translation>&lt;b&gt;Run d&apos;entraînement le plus long raisonnable&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A run longer than L is finished sooner by one that starts later with better hardware, better software and a bigger budget.</source>
        <translation>Un run plus long que L est terminé plus tôt par un run lancé plus tard, avec un meilleur matériel, de meilleurs logiciels et un budget plus élevé.</translation>
    </message>
    <message>
        <source>OOM/yr</source>
        <translation>OdG/an</translation>
    </message>
    <message>
        <source>C_local (local-equivalent)</source>
        <translation>C_local (équivalent local)</translation>
    </message>
    <message>
        <source>C_quality (quality-adjusted)</source>
        <translation>C_quality (ajusté en qualité)</translation>
    </message>
    <message>
        <source>Longest sensible run: %1</source>
        <translation>Run le plus long raisonnable&#xa0;: %1</translation>
    </message>
    <message>
        <source>This scenario: %1</source>
        <translation>Ce scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Longest sensible run L</source>
        <translation>Run le plus long raisonnable L</translation>
    </message>
    <message>
        <source>Your inputs: %1</source>
        <translation>Vos entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>This scenario&apos;s budget: %1</source>
        <translation>Budget de ce scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>With no growth at all, a later run is never better equipped, so no run is overtaken by waiting.</source>
        <translation>Sans aucune croissance, un run ultérieur n&apos;est jamais mieux équipé&#xa0;: attendre ne permet donc jamais de dépasser un run.</translation>
    </message>
    <message>
        <source>A run longer than %1 is overtaken by a later, better-equipped run. Total growth: %2 orders of magnitude a year. This scenario&apos;s budget of %3 is %4.</source>
        <translation>Un run plus long que %1 est dépassé par un run ultérieur mieux équipé. Croissance totale&#xa0;: %2 ordres de grandeur par an. Le budget de ce scénario, %3, est %4.</translation>
    </message>
    <message>
        <source>longer than that</source>
        <translation>plus long</translation>
    </message>
    <message>
        <source>within it</source>
        <translation>dans cette limite</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>All three rates scaled down together to a total of %1 orders of magnitude a year, the slowdown the model assumes under the treaty.</source>
        <translation>Les trois taux réduits ensemble à un total de %1 ordres de grandeur par an, le ralentissement que le modèle suppose sous le traité.</translation>
    </message>
    <message>
        <source>L = 1 / ((g_H + g_S + g_I) × ln 10) years, after Epoch AI, &quot;The longest training run&quot; (2022).</source>
        <translation>L = 1 / ((g_H + g_S + g_I) × ln 10) ans, d’après Epoch AI, « The longest training run » (2022).</translation>
    </message>
    <message>
        <source>growth rates</source>
        <translation>taux de croissance</translation>
    </message>
</context>
<context>
    <name>dtx::ui::TrainingRunTab</name>
    <message>
        <source>Training time against node count</source>
        <translation>Durée d&apos;entraînement en fonction du nombre de nœuds</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Training time (days)</source>
        <translation>Durée d&apos;entraînement (jours)</translation>
    </message>
    <message>
        <source>Training time against WAN bandwidth</source>
        <translation>Durée d&apos;entraînement en fonction de la bande passante WAN</translation>
    </message>
    <message>
        <source>WAN bandwidth (Mbps)</source>
        <translation>Bande passante WAN (Mbit/s)</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Durée d&apos;entraînement</translation>
    </message>
    <message>
        <source>This plan (%1)</source>
        <translation>Ce plan (%1)</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Run d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training run summary</source>
        <translation>Résumé du run d&apos;entraînement</translation>
    </message>
    <message>
        <source>How long the run takes, what limits it and whether it is feasible, in words.</source>
        <translation>Décrit en toutes lettres la durée du run, ce qui le limite et s&apos;il est réalisable.</translation>
    </message>
    <message numerus="yes">
        <source>Within the limit from %Ln node(s)</source>
        <translation>
            <numerusform>Dans la limite à partir de %Ln nœud</numerusform>
            <numerusform>Dans la limite à partir de %Ln nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan (%Ln node(s))</source>
        <translation>
            <numerusform>Ce plan (%Ln nœud)</numerusform>
            <numerusform>Ce plan (%Ln nœuds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dtx::ui::UiLanguage</name>
    <message>
        <source>no translation for &apos;%1&apos;; available: %2</source>
        <translation>aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
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
        <translation>Part des échantillons (%)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Change from the point estimate (%)</source>
        <translation>Écart par rapport à l&apos;estimation ponctuelle (%)</translation>
    </message>
    <message>
        <source>Input (row from the bottom)</source>
        <translation>Entrée (ligne depuis le bas)</translation>
    </message>
    <message>
        <source>%1: %2 at %3, %4 at %5 (swing %6)</source>
        <translation>%1&#xa0;: %2 à %3, %4 à %5 (amplitude %6)</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Plage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Range: a lever set to fixed values (ANALYSES.md A3)</source>
        <translation>Plage&#xa0;: un levier réglé sur des valeurs fixes (ANALYSES.md A3)</translation>
    </message>
    <message numerus="yes">
        <source>With these inputs, %Ln node(s) reach a median C_quality of %1 (90 % between %2 and %3); they cross %4 with probability %5 and %6 with probability %7</source>
        <translation>
            <numerusform>Avec ces entrées, %Ln nœud atteint un C_quality médian de %1 (90&#xa0;% entre %2 et %3)&#xa0;; il dépasse %4 avec une probabilité de %5 et %6 avec une probabilité de %7</numerusform>
            <numerusform>Avec ces entrées, %Ln nœuds atteignent un C_quality médian de %1 (90&#xa0;% entre %2 et %3)&#xa0;; ils dépassent %4 avec une probabilité de %5 et %6 avec une probabilité de %7</numerusform>
        </translation>
    </message>
    <message>
        <source>; what matters most is “%1” (%2 swing)</source>
        <translation>&#xa0;; le facteur le plus influent est «&#xa0;%1&#xa0;» (amplitude %2)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>5e centile</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Point estimate (no uncertainty)</source>
        <translation>Estimation ponctuelle (sans incertitude)</translation>
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
        <translation>P(C_quality &gt; seuil strict)</translation>
    </message>
    <message>
        <source>&amp;Intervals in the headline</source>
        <translation>I&amp;ntervalles dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>C_quality against node count</source>
        <translation>C_quality en fonction du nombre de nœuds</translation>
    </message>
    <message>
        <source>C_quality (FLOP)</source>
        <translation>C_quality (FLOP)</translation>
    </message>
    <message>
        <source>Probability of crossing each threshold</source>
        <translation>Probabilité de dépasser chaque seuil</translation>
    </message>
    <message>
        <source>C_quality at the scenario&apos;s node count</source>
        <translation>C_quality au nombre de nœuds du scénario</translation>
    </message>
    <message>
        <source>What matters most: C_quality with each input at its low and high value</source>
        <translation>Ce qui compte le plus&#xa0;: C_quality avec chaque entrée à sa valeur basse et à sa valeur haute</translation>
    </message>
    <message>
        <source>Change in C_quality from the point estimate (%)</source>
        <translation>Écart de C_quality par rapport à l&apos;estimation ponctuelle (%)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Uncertainty plots</source>
        <translation>Graphiques d&apos;incertitude</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>É&amp;chantillons</translation>
    </message>
    <message>
        <source>Monte Carlo samples at the scenario&apos;s node count (the fan chart uses 1,000 at each of 100 node counts).</source>
        <translation>Échantillons Monte Carlo au nombre de nœuds du scénario (le graphique en éventail en utilise 1&#xa0;000 pour chacun de 100 nombres de nœuds).</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same numbers on every machine (0 to 18446744073709551615).</source>
        <translation>La graine aléatoire&#xa0;: la même graine donne les mêmes nombres sur toutes les machines (de 0 à 18446744073709551615).</translation>
    </message>
    <message>
        <source>Standard ranges</source>
        <translation>Plages standard</translation>
    </message>
    <message>
        <source>Wide ranges</source>
        <translation>Plages larges</translation>
    </message>
    <message>
        <source>&amp;Ranges</source>
        <translation>&amp;Plages</translation>
    </message>
    <message>
        <source>Wide: MFU 20–60 % and Chinchilla exponents a ∈ [0.20, 0.48] (ANALYSES.md A1).</source>
        <translation>Larges&#xa0;: MFU 20–60&#xa0;% et exposants Chinchilla a ∈ [0.20, 0.48] (ANALYSES.md A1).</translation>
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
        <translation>&amp;Loi d&apos;échelle</translation>
    </message>
    <message>
        <source>The Chinchilla fit behind C_quality: the model&apos;s (Besiroglu 2024) or the original (Hoffmann 2022, Approach 3; k = 20).</source>
        <translation>L&apos;ajustement Chinchilla derrière C_quality&#xa0;: celui du modèle (Besiroglu 2024) ou l&apos;original (Hoffmann 2022, approche 3&#xa0;; k = 20).</translation>
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
        <translation>É&amp;ventail de</translation>
    </message>
    <message>
        <source>Which compute the fan chart shows.</source>
        <translation>Le calcul que montre le graphique en éventail.</translation>
    </message>
    <message>
        <source>Show the median and 90 % interval beside C_local, C_quality and eta at the top of the window (2,000 samples).</source>
        <translation>Afficher la médiane et l&apos;intervalle à 90&#xa0;% à côté de C_local, C_quality et eta en haut de la fenêtre (2&#xa0;000 échantillons).</translation>
    </message>
    <message>
        <source>No Monte Carlo for these inputs: %1</source>
        <translation>Pas de Monte Carlo pour ces entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>(Coarse preview; the histogram and the tornado follow when the inputs are still.)</source>
        <translation>(Aperçu grossier&#xa0;; l&apos;histogramme et le diagramme en tornade suivent quand les entrées ne bougent plus.)</translation>
    </message>
    <message>
        <source>%1 against node count: 5–95 % of samples (coarse preview, %2 samples; refining)</source>
        <translation>%1 en fonction du nombre de nœuds&#xa0;: 5–95&#xa0;% des échantillons (aperçu grossier, %2 échantillons&#xa0;; affinage en cours)</translation>
    </message>
    <message>
        <source>%1 against node count: 5–95 % of %2 samples</source>
        <translation>%1 en fonction du nombre de nœuds&#xa0;: 5–95&#xa0;% de %2 échantillons</translation>
    </message>
    <message>
        <source>5–95 % of samples</source>
        <translation>5–95&#xa0;% des échantillons</translation>
    </message>
    <message>
        <source>This scenario (median)</source>
        <translation>Ce scénario (médiane)</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>médiane %1</translation>
    </message>
    <message numerus="yes">
        <source>This scenario: %Ln node(s)</source>
        <translation>
            <numerusform>Ce scénario&#xa0;: %Ln nœud</numerusform>
            <numerusform>Ce scénario&#xa0;: %Ln nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C_quality at %Ln node(s): %1 samples</source>
        <translation>
            <numerusform>C_quality avec %Ln nœud&#xa0;: %1 échantillons</numerusform>
            <numerusform>C_quality avec %Ln nœuds&#xa0;: %1 échantillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of samples</source>
        <translation>Part des échantillons</translation>
    </message>
    <message>
        <source>Strict Threshold %1</source>
        <translation>Seuil strict %1</translation>
    </message>
    <message>
        <source>At the input&apos;s low value</source>
        <translation>À la valeur basse de l&apos;entrée</translation>
    </message>
    <message>
        <source>At the input&apos;s high value</source>
        <translation>À la valeur haute de l&apos;entrée</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>The fan chart, the exceedance probabilities, the histogram, the tornado and the Chinchilla amplification; scrolls on small screens.</source>
        <translation>L&apos;éventail, les probabilités de dépassement, l&apos;histogramme, la tornade et l&apos;amplification de Chinchilla&#xa0;; défile sur les petits écrans.</translation>
    </message>
    <message>
        <source>What matters most: C_quality with each input at its low and high value (point estimate %1)</source>
        <translation>Ce qui compte le plus&#xa0;: C_quality avec chaque entrée à sa valeur basse et à sa valeur haute (estimation ponctuelle %1)</translation>
    </message>
</context>
</TS>
