<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
