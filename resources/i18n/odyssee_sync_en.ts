<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrowsePage</name>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln row selected</numerusform>
            <numerusform>%Ln rows selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfsPage</name>
    <message numerus="yes">
        <source>Downloading %Ln new PDF(s)…</source>
        <translation>
            <numerusform>Downloading %Ln new PDF…</numerusform>
            <numerusform>Downloading %Ln new PDFs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln PDF(s)…</source>
        <translation>
            <numerusform>Downloading %Ln PDF…</numerusform>
            <numerusform>Downloading %Ln PDFs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled after %Ln PDF(s).</source>
        <translation>
            <numerusform>Download cancelled after %Ln PDF.</numerusform>
            <numerusform>Download cancelled after %Ln PDFs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s), then stopped: {0}</source>
        <translation>
            <numerusform>Downloaded %Ln PDF, then stopped: {0}</numerusform>
            <numerusform>Downloaded %Ln PDFs, then stopped: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed and will be tried again at the next download.</source>
        <translation>
            <numerusform>%Ln failed and will be tried again at the next download.</numerusform>
            <numerusform>%Ln failed and will be tried again at the next download.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s); {0}</source>
        <translation>
            <numerusform>Downloaded %Ln PDF; {0}</numerusform>
            <numerusform>Downloaded %Ln PDFs; {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %Ln PDF(s) into {0}.</source>
        <translation>
            <numerusform>Downloaded %Ln PDF into {0}.</numerusform>
            <numerusform>Downloaded %Ln PDFs into {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) selected</source>
        <translation>
            <numerusform>%Ln file selected</numerusform>
            <numerusform>%Ln files selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message numerus="yes">
        <source>%Ln new completed job approval(s): {0} not in the ERP yet</source>
        <translation>
            <numerusform>%Ln new completed job approval: {0} not in the ERP yet</numerusform>
            <numerusform>%Ln new completed job approvals: {0} not in the ERP yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message numerus="yes">
        <source>%Ln approval(s) held back: not in the ERP yet</source>
        <translation>
            <numerusform>%Ln approval held back: not in the ERP yet</numerusform>
            <numerusform>%Ln approvals held back: not in the ERP yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every export tries the held-back approval(s) again by itself. To send sooner, fix the cause shown in Odyssee (or in the ERP), then press Retry.</source>
        <translation>
            <numerusform>Every export tries the held-back approval again by itself. To send sooner, fix the cause shown in Odyssee (or in the ERP), then press Retry.</numerusform>
            <numerusform>Every export tries the held-back approvals again by itself. To send sooner, fix the cause shown in Odyssee (or in the ERP), then press Retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) not in the ERP yet</source>
        <translation>
            <numerusform>%Ln approval not in the ERP yet</numerusform>
            <numerusform>%Ln approvals not in the ERP yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) selected</source>
        <translation>
            <numerusform>%Ln approval selected</numerusform>
            <numerusform>%Ln approvals selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back since {0} (%Ln attempt(s), the last at {1}): {2}</source>
        <translation>
            <numerusform>Held back since {0} (%Ln attempt, the last at {1}): {2}</numerusform>
            <numerusform>Held back since {0} (%Ln attempts, the last at {1}): {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %Ln held-back approval(s) again…</source>
        <translation>
            <numerusform>Trying %Ln held-back approval again…</numerusform>
            <numerusform>Trying %Ln held-back approvals again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln approval(s) to the ERP…</source>
        <translation>
            <numerusform>Exporting %Ln approval to the ERP…</numerusform>
            <numerusform>Exporting %Ln approvals to the ERP…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %Ln approval(s).</source>
        <translation>
            <numerusform>Export cancelled after %Ln approval.</numerusform>
            <numerusform>Export cancelled after %Ln approvals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln, then stopped: {0}</source>
        <translation>
            <numerusform>Exported %Ln, then stopped: {0}</numerusform>
            <numerusform>Exported %Ln, then stopped: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back, not in the ERP yet: see the held-back list.</source>
        <translation>
            <numerusform>%Ln held back, not in the ERP yet: see the held-back list.</numerusform>
            <numerusform>%Ln held back, not in the ERP yet: see the held-back list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln; {0}</source>
        <translation>
            <numerusform>Exported %Ln; {0}</numerusform>
            <numerusform>Exported %Ln; {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be written (details).</source>
        <translation>
            <numerusform>%Ln could not be written (details).</numerusform>
            <numerusform>%Ln could not be written (details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln approval(s) to {0}.</source>
        <translation>
            <numerusform>Exported %Ln approval to {0}.</numerusform>
            <numerusform>Exported %Ln approvals to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln approval(s).</source>
        <translation>
            <numerusform>Exported %Ln approval.</numerusform>
            <numerusform>Exported %Ln approvals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln held back</numerusform>
            <numerusform>%Ln held back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln with problems</numerusform>
            <numerusform>%Ln with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan_model</name>
    <message numerus="yes">
        <source>%Ln create(s)</source>
        <translation>
            <numerusform>%Ln create</numerusform>
            <numerusform>%Ln creates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln update</numerusform>
            <numerusform>%Ln updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported</source>
        <translation>
            <numerusform>%Ln exported</numerusform>
            <numerusform>%Ln exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation>
            <numerusform>%Ln downloaded</numerusform>
            <numerusform>%Ln downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln with problems</numerusform>
            <numerusform>%Ln with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back</source>
        <translation>
            <numerusform>%Ln held back</numerusform>
            <numerusform>%Ln held back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not selected</source>
        <translation>
            <numerusform>%Ln not selected</numerusform>
            <numerusform>%Ln not selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln already there</numerusform>
            <numerusform>%Ln already there</numerusform>
        </translation>
    </message>
</context>
</TS>
