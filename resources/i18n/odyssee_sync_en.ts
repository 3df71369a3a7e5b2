<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>%Ln sent back or archived</source>
        <translation>
            <numerusform>%Ln sent back or archived</numerusform>
            <numerusform>%Ln sent back or archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: changed in Odyssee since, kept as they are</source>
        <translation>
            <numerusform>%Ln conflicts: changed in Odyssee since, kept as they are</numerusform>
            <numerusform>%Ln conflicts: changed in Odyssee since, kept as they are</numerusform>
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
        <source>%Ln request(s) this session (the latest {0} are kept), {1} without success</source>
        <translation>
            <numerusform>%Ln request this session (the latest {0} are kept), {1} without success</numerusform>
            <numerusform>%Ln requests this session (the latest {0} are kept), {1} without success</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) this session (the latest {0} are kept)</source>
        <translation>
            <numerusform>%Ln request this session (the latest {0} are kept)</numerusform>
            <numerusform>%Ln requests this session (the latest {0} are kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundQuestion</name>
    <message numerus="yes">
        <source>every %Ln minute(s)</source>
        <translation>
            <numerusform>every %Ln minute</numerusform>
            <numerusform>every %Ln minutes</numerusform>
        </translation>
    </message>
</context>
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
    <name>PushConfirmation</name>
    <message numerus="yes">
        <source>Send %Ln change(s) to Odyssee?</source>
        <translation>
            <numerusform>Send %Ln change to Odyssee?</numerusform>
            <numerusform>Send %Ln changes to Odyssee?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln change(s)</source>
        <translation>
            <numerusform>Send %Ln change</numerusform>
            <numerusform>Send %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPage</name>
    <message numerus="yes">
        <source>Part of the comparison could not be made: {0} (and %Ln more problem(s))</source>
        <translation>
            <numerusform>Part of the comparison could not be made: {0} (and %Ln more problem)</numerusform>
            <numerusform>Part of the comparison could not be made: {0} (and %Ln more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared at {0} with %Ln request(s) to Odyssee.</source>
        <translation>
            <numerusform>Compared at {0} with %Ln request to Odyssee.</numerusform>
            <numerusform>Compared at {0} with %Ln requests to Odyssee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid: cannot be pushed</source>
        <translation>
            <numerusform>%Ln invalid: cannot be pushed</numerusform>
            <numerusform>%Ln invalid: cannot be pushed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln row selected</numerusform>
            <numerusform>%Ln rows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipping %Ln row(s)…</source>
        <translation>
            <numerusform>Skipping %Ln row…</numerusform>
            <numerusform>Skipping %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows skipped: not sent, and listed under “Skipped” until their ERP row changes.</source>
        <translation>
            <numerusform>%Ln rows skipped: not sent, and listed under “Skipped” until their ERP row changes.</numerusform>
            <numerusform>%Ln rows skipped: not sent, and listed under “Skipped” until their ERP row changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bringing back %Ln row(s)…</source>
        <translation>
            <numerusform>Bringing back %Ln row…</numerusform>
            <numerusform>Bringing back %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) brought back: pending again.</source>
        <translation>
            <numerusform>%Ln row brought back: pending again.</numerusform>
            <numerusform>%Ln rows brought back: pending again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring back %Ln row(s)</source>
        <translation>
            <numerusform>Bring back %Ln row</numerusform>
            <numerusform>Bring back %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skip %Ln row(s)</source>
        <translation>
            <numerusform>Skip %Ln row</numerusform>
            <numerusform>Skip %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows unchecked (they stay pending)</source>
        <translation>
            <numerusform>%Ln rows unchecked (they stay pending)</numerusform>
            <numerusform>%Ln rows unchecked (they stay pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %Ln change(s) to Odyssee…</source>
        <translation>
            <numerusform>Pushing %Ln change to Odyssee…</numerusform>
            <numerusform>Pushing %Ln changes to Odyssee…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
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
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchecked, still pending</source>
        <translation>
            <numerusform>%Ln unchecked, still pending</numerusform>
            <numerusform>%Ln unchecked, still pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid, not sent</source>
        <translation>
            <numerusform>%Ln invalid, not sent</numerusform>
            <numerusform>%Ln invalid, not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushed to Odyssee: {0} (%Ln request(s)).</source>
        <translation>
            <numerusform>Pushed to Odyssee: {0} (%Ln request).</numerusform>
            <numerusform>Pushed to Odyssee: {0} (%Ln requests).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped (see “Skipped”).</source>
        <translation>
            <numerusform>%Ln row skipped (see “Skipped”).</numerusform>
            <numerusform>%Ln rows skipped (see “Skipped”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ERP rows are already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</source>
        <translation>
            <numerusform>%Ln ERP rows are already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</numerusform>
            <numerusform>%Ln ERP rows are already in Odyssee with the same values: pushing only records which record is theirs (untick “Changes only” to see them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are unchanged since the last push.</source>
        <translation>
            <numerusform>%Ln rows are unchanged since the last push.</numerusform>
            <numerusform>%Ln rows are unchanged since the last push.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoConfirmation</name>
    <message numerus="yes">
        <source>%Ln more field(s)</source>
        <translation>
            <numerusform>%Ln more field</numerusform>
            <numerusform>%Ln more fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive them instead (%Ln records this push created)</source>
        <translation>
            <numerusform>Archive them instead (%Ln records this push created)</numerusform>
            <numerusform>Archive them instead (%Ln records this push created)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records get back the values Odyssee had before the push:</source>
        <translation>
            <numerusform>%Ln records get back the values Odyssee had before the push:</numerusform>
            <numerusform>%Ln records get back the values Odyssee had before the push:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written again since this push: kept as they are (undo the later push first).</source>
        <translation>
            <numerusform>%Ln records written again since this push: kept as they are (undo the later push first).</numerusform>
            <numerusform>%Ln records written again since this push: kept as they are (undo the later push first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln create(s) cannot be undone: Odyssee keeps every record it creates.</source>
        <translation>
            <numerusform>%Ln create cannot be undone: Odyssee keeps every record it creates.</numerusform>
            <numerusform>%Ln creates cannot be undone: Odyssee keeps every record it creates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) already undone or archived.</source>
        <translation>
            <numerusform>%Ln record already undone or archived.</numerusform>
            <numerusform>%Ln records already undone or archived.</numerusform>
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
    <name>core</name>
    <message numerus="yes">
        <source>The server&apos;s model differs in {n} places your mapping does not use (odyssee-sync check --schema lists them).</source>
        <translation>
            <numerusform>The server&apos;s model differs in {n} place your mapping does not use (odyssee-sync check --schema lists them).</numerusform>
            <numerusform>The server&apos;s model differs in {n} places your mapping does not use (odyssee-sync check --schema lists them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} approvals exported</source>
        <translation>
            <numerusform>{n:,} approval exported</numerusform>
            <numerusform>{n:,} approvals exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} approvals ready for the ERP</source>
        <translation>
            <numerusform>{n:,} approval ready for the ERP</numerusform>
            <numerusform>{n:,} approvals ready for the ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} completed job approvals exported to the ERP</source>
        <translation>
            <numerusform>{n:,} completed job approval exported to the ERP</numerusform>
            <numerusform>{n:,} completed job approvals exported to the ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new PDFs downloaded</source>
        <translation>
            <numerusform>{n:,} new PDF downloaded</numerusform>
            <numerusform>{n:,} new PDFs downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new PDFs downloaded, {failed:,} failed: {first}</source>
        <translation>
            <numerusform>{n:,} new PDF downloaded, {failed:,} failed: {first}</numerusform>
            <numerusform>{n:,} new PDFs downloaded, {failed:,} failed: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n:,} new job approval PDFs downloaded</source>
        <translation>
            <numerusform>{n:,} new job approval PDF downloaded</numerusform>
            <numerusform>{n:,} new job approval PDFs downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{verdict} It also has {n} things this version does not know.</source>
        <translation>
            <numerusform>{verdict} It also has {n} thing this version does not know.</numerusform>
            <numerusform>{verdict} It also has {n} things this version does not know.</numerusform>
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
    <name>news</name>
    <message numerus="yes">
        <source>%Ln new PDF(s) downloaded</source>
        <translation>
            <numerusform>%Ln new PDF downloaded</numerusform>
            <numerusform>%Ln new PDFs downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed: {0}</source>
        <translation>
            <numerusform>%Ln failed: {0}</numerusform>
            <numerusform>%Ln failed: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) ready for the ERP</source>
        <translation>
            <numerusform>%Ln approval ready for the ERP</numerusform>
            <numerusform>%Ln approvals ready for the ERP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval(s) exported</source>
        <translation>
            <numerusform>%Ln approval exported</numerusform>
            <numerusform>%Ln approvals exported</numerusform>
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
        <source>%Ln new job approval PDF(s) downloaded</source>
        <translation>
            <numerusform>%Ln new job approval PDF downloaded</numerusform>
            <numerusform>%Ln new job approval PDFs downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed job approval(s) exported to the ERP</source>
        <translation>
            <numerusform>%Ln completed job approval exported to the ERP</numerusform>
            <numerusform>%Ln completed job approvals exported to the ERP</numerusform>
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
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
</context>
</TS>
