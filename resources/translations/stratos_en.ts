<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h2&gt;Stratos %1&lt;/h2&gt;&lt;p&gt;Follow the US–China race in AI and in orbit: models and their costs, market moves and satellite launches, with your own documents.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;AI models: Epoch AI, “Notable AI Models”, &lt;a href=&apos;https://epoch.ai/data/notable-ai-models&apos;&gt;epoch.ai&lt;/a&gt;, CC BY 4.0.&lt;br&gt;Launches: Jonathan C. McDowell, GCAT, &lt;a href=&apos;https://planet4589.org/space/gcat/&apos;&gt;planet4589.org&lt;/a&gt;, CC BY 4.0.&lt;br&gt;Prices: daily bars from Yahoo Finance (public copies; see SOURCES.md).&lt;br&gt;Events and briefing notes: written by the Stratos team, with sources cited.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Stratos %1&lt;/h2&gt;&lt;p&gt;Follow the US–China race in AI and in orbit: models and their costs, market moves and satellite launches, with your own documents.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;AI models: Epoch AI, “Notable AI Models”, &lt;a href=&apos;https://epoch.ai/data/notable-ai-models&apos;&gt;epoch.ai&lt;/a&gt;, CC BY 4.0.&lt;br&gt;Launches: Jonathan C. McDowell, GCAT, &lt;a href=&apos;https://planet4589.org/space/gcat/&apos;&gt;planet4589.org&lt;/a&gt;, CC BY 4.0.&lt;br&gt;Prices: daily bars from Yahoo Finance (public copies; see SOURCES.md).&lt;br&gt;Events and briefing notes: written by the Stratos team, with sources cited.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data: Epoch AI (CC BY 4.0); GCAT, J. McDowell (CC BY 4.0); Yahoo Finance. Made with Stratos %1</source>
        <translation>Data: Epoch AI (CC BY 4.0); GCAT, J. McDowell (CC BY 4.0); Yahoo Finance. Made with Stratos %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV data (*.csv)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Models &amp; costs</source>
        <translation>Models &amp; costs</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>%1 events shown</source>
        <translation>%1 events shown</translation>
    </message>
    <message>
        <source>Source: Stratos curated timeline; every event carries its own source (see the CSV export). &quot;+N&quot; stands for events without room for a label.</source>
        <translation>Source: Stratos curated timeline; every event carries its own source (see the CSV export). &quot;+N&quot; stands for events without room for a label.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>AI models</source>
        <translation>AI models</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>My events</source>
        <translation>My events</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>stratos</name>
    <message>
        <source>Built-in answers (offline, extractive: the best sentences of your documents)</source>
        <translation>Built-in answers (offline, extractive: the best sentences of your documents)</translation>
    </message>
    <message>
        <source>llama-server on this computer · %1</source>
        <translation>llama-server on this computer · %1</translation>
    </message>
    <message>
        <source>no model chosen</source>
        <translation>no model chosen</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-compatible server</translation>
    </message>
    <message>
        <source> · REMOTE: document text leaves this computer</source>
        <translation> · REMOTE: document text leaves this computer</translation>
    </message>
</context>
<context>
    <name>stratos::AddEventCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
</context>
<context>
    <name>stratos::AskBridge</name>
    <message>
        <source>Wait for this answer, or press Stop.</source>
        <translation>Wait for this answer, or press Stop.</translation>
    </message>
</context>
<context>
    <name>stratos::AskPage</name>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Source [%1] is not available any more.</source>
        <translation>Source [%1] is not available any more.</translation>
    </message>
    <message>
        <source>Answer copied, with its sources.</source>
        <translation>Answer copied, with its sources.</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>The conversation could not be saved: %1</translation>
    </message>
    <message>
        <source>Starting the Ask panel…</source>
        <translation>Starting the Ask panel…</translation>
    </message>
    <message>
        <source>How much market value did Nvidia lose in one day?</source>
        <translation>How much market value did Nvidia lose in one day?</translation>
    </message>
    <message>
        <source>What did OpenAI accuse DeepSeek of?</source>
        <translation>What did OpenAI accuse DeepSeek of?</translation>
    </message>
    <message>
        <source>How far did NVDA fall on 2025-01-27?</source>
        <translation>How far did NVDA fall on 2025-01-27?</translation>
    </message>
    <message>
        <source>How many Kuiper satellites were launched in 2025?</source>
        <translation>How many Kuiper satellites were launched in 2025?</translation>
    </message>
    <message>
        <source>What did the articles say about the market reaction?</source>
        <translation>What did the articles say about the market reaction?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt; — the cited passage is highlighted</source>
        <translation>&lt;b&gt;Source&lt;/b&gt; — the cited passage is highlighted</translation>
    </message>
    <message>
        <source>Close the source</source>
        <translation>Close the source</translation>
    </message>
    <message>
        <source>source [%1]</source>
        <translation>source [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>characters %1–%2</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>There is nothing to export yet.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Export the conversation</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>stratos::AskSession</name>
    <message>
        <source>%1 is not on this computer and sending documents to it was not allowed. Allow it, or choose another server, in Ask → Settings.</source>
        <translation>%1 is not on this computer and sending documents to it was not allowed. Allow it, or choose another server, in Ask → Settings.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>stratos::AskSettingsDialog</name>
    <message>
        <source>Ask settings</source>
        <translation>Ask settings</translation>
    </message>
    <message>
        <source>Built-in (offline, no model: extractive answers)</source>
        <translation>Built-in (offline, no model: extractive answers)</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (llama-server, LM Studio, Jan, vLLM)</source>
        <translation>OpenAI-compatible server (llama-server, LM Studio, Jan, vLLM)</translation>
    </message>
    <message>
        <source>llama-server started by Stratos</source>
        <translation>llama-server started by Stratos</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>Allow this remote server</source>
        <translation>Allow this remote server</translation>
    </message>
    <message>
        <source>&lt;b&gt;This server is not on this computer.&lt;/b&gt; The passages of your documents that answer a question, and the question itself, will be sent to it.</source>
        <translation>&lt;b&gt;This server is not on this computer.&lt;/b&gt; The passages of your documents that answer a question, and the question itself, will be sent to it.</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>&amp;List models</translation>
    </message>
    <message>
        <source>Ask the server which models it has</source>
        <translation>Ask the server which models it has</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>llama-server &amp;program:</source>
        <translation>llama-server &amp;program:</translation>
    </message>
    <message>
        <source>Model &amp;file (.gguf):</source>
        <translation>Model &amp;file (.gguf):</translation>
    </message>
    <message>
        <source>How many passages the answer may draw on</source>
        <translation>How many passages the answer may draw on</translation>
    </message>
    <message>
        <source>&amp;Passages per question:</source>
        <translation>&amp;Passages per question:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>&amp;Context budget:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>Choose the llama-server program</source>
        <translation>Choose the llama-server program</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Choose a model file</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF models (*.gguf);;All files (*)</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// address.</source>
        <translation>The endpoint must be an http:// or https:// address.</translation>
    </message>
    <message>
        <source>Tick “Allow this remote server” to use it.</source>
        <translation>Tick “Allow this remote server” to use it.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Asking %1 for its models…</translation>
    </message>
    <message>
        <source>The server has no models installed.</source>
        <translation>The server has no models installed.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) on the server.</source>
        <translation>
            <numerusform>%n model on the server.</numerusform>
            <numerusform>%n models on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Could not list the models: %1</translation>
    </message>
</context>
<context>
    <name>stratos::ChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Copy the chart as an image</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export as PNG, SVG, PDF or CSV (Ctrl+E)</source>
        <translation>Export as PNG, SVG, PDF or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The chart was not exported.

%1</source>
        <translation>The chart was not exported.

%1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard</source>
        <translation>Copied the chart to the clipboard</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>Export as %1…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Show all series</source>
        <translation>Show all series</translation>
    </message>
    <message>
        <source>Drag across the chart or scroll to zoom; this (or a double-click) shows it all again</source>
        <translation>Drag across the chart or scroll to zoom; this (or a double-click) shows it all again</translation>
    </message>
</context>
<context>
    <name>stratos::CheckListButton</name>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>stratos::DeleteEventCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
</context>
<context>
    <name>stratos::DetailsPane</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Select an event&lt;/b&gt; to see its summary, sources and a chart of what happened around it.&lt;/p&gt;&lt;p&gt;Click an event, or press &lt;b&gt;Tab&lt;/b&gt; and &lt;b&gt;Shift+Tab&lt;/b&gt; to step through them in time order. Scroll or press &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;−&lt;/b&gt; to zoom, drag or use the arrow keys to move, &lt;b&gt;Home&lt;/b&gt; to see everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Select an event&lt;/b&gt; to see its summary, sources and a chart of what happened around it.&lt;/p&gt;&lt;p&gt;Click an event, or press &lt;b&gt;Tab&lt;/b&gt; and &lt;b&gt;Shift+Tab&lt;/b&gt; to step through them in time order. Scroll or press &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;−&lt;/b&gt; to zoom, drag or use the arrow keys to move, &lt;b&gt;Home&lt;/b&gt; to see everything.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Curated events cannot be deleted; hide this one (Ctrl+Z brings it back)</source>
        <translation>Curated events cannot be deleted; hide this one (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>CONCERNS</source>
        <translation>CONCERNS</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>Open in the Library</source>
        <translation>Open in the Library</translation>
    </message>
    <message>
        <source>&lt;i&gt;No source recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;No source recorded&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Open in %1</translation>
    </message>
</context>
<context>
    <name>stratos::DocumentTableModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>built-in note %1</source>
        <translation>built-in note %1</translation>
    </message>
    <message>
        <source>%1
Double-click a title, publisher, date or URL to edit it.</source>
        <translation>%1
Double-click a title, publisher, date or URL to edit it.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>A document needs a title.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>“%1” is not an http:// or https:// address.</translation>
    </message>
</context>
<context>
    <name>stratos::EditEventCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>stratos::EventDialog</name>
    <message>
        <source>Add an event</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <source>Optional: the facts, with figures</source>
        <translation>Optional: the facts, with figures</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Notable</source>
        <translation>Notable</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>e.g. US, CN, EU</source>
        <translation>e.g. US, CN, EU</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Source &amp;link:</source>
        <translation>Source &amp;link:</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>&amp;Importance:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Countries:</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Give the event a title.</translation>
    </message>
    <message>
        <source>The source link should start with http:// or https://.</source>
        <translation>The source link should start with http:// or https://.</translation>
    </message>
    <message>
        <source>Countries are two-letter codes separated by commas, like US, CN, EU.</source>
        <translation>Countries are two-letter codes separated by commas, like US, CN, EU.</translation>
    </message>
</context>
<context>
    <name>stratos::EventStudyPanel</name>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Day 0</translation>
    </message>
    <message>
        <source>Close on day 0 against the close the trading day before</source>
        <translation>Close on day 0 against the close the trading day before</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Excess</translation>
    </message>
    <message>
        <source>Return minus the Nasdaq Composite&apos;s, percentage points</source>
        <translation>Return minus the Nasdaq Composite&apos;s, percentage points</translation>
    </message>
    <message>
        <source>Days 0–1</source>
        <translation>Days 0–1</translation>
    </message>
    <message>
        <source>From the close before day 0 to the close one trading day after</source>
        <translation>From the close before day 0 to the close one trading day after</translation>
    </message>
    <message>
        <source>Days 0–5</source>
        <translation>Days 0–5</translation>
    </message>
    <message>
        <source>From the close before day 0 to the close five trading days after</source>
        <translation>From the close before day 0 to the close five trading days after</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Export table as CSV…</translation>
    </message>
    <message>
        <source>Event study:</source>
        <translation>Event study:</translation>
    </message>
    <message>
        <source>No prices around %1.</source>
        <translation>No prices around %1.</translation>
    </message>
    <message>
        <source>Returns from the close of %1, the last trading day before day 0; excess = return minus the Nasdaq Composite (^IXIC).</source>
        <translation>Returns from the close of %1, the last trading day before day 0; excess = return minus the Nasdaq Composite (^IXIC).</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI models</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; &lt;a href=&apos;%1&apos;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; &lt;a href=&apos;%1&apos;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export event study</source>
        <translation>Export event study</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV data (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Day 0 date</source>
        <translation>Day 0 date</translation>
    </message>
    <message>
        <source>The first trading day on or after the event</source>
        <translation>The first trading day on or after the event</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>Securities</translation>
    </message>
    <message>
        <source>Constellations</source>
        <translation>Constellations</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Launches</translation>
    </message>
</context>
<context>
    <name>stratos::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1× (standard screens)</source>
        <translation>1× (standard screens)</translation>
    </message>
    <message>
        <source>2× (high-DPI screens, print)</source>
        <translation>2× (high-DPI screens, print)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Pixel density:</source>
        <translation>Pixel density:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Every data point of the visible series over the visible range, before thinning for the screen, with its source.</source>
        <translation>Every data point of the visible series over the visible range, before thinning for the screen, with its source.</translation>
    </message>
    <message>
        <source>What the chart shows now (zoom, hidden series), with its title, axis units and source line.</source>
        <translation>What the chart shows now (zoom, hidden series), with its title, axis units and source line.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
</context>
<context>
    <name>stratos::HideEventCommand</name>
    <message>
        <source>Hide “%1”</source>
        <translation>Hide “%1”</translation>
    </message>
</context>
<context>
    <name>stratos::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Detect from content</source>
        <translation>Detect from content</translation>
    </message>
    <message>
        <source>Epoch AI models CSV</source>
        <translation>Epoch AI models CSV</translation>
    </message>
    <message>
        <source>GCAT launch log</source>
        <translation>GCAT launch log</translation>
    </message>
    <message>
        <source>Launch Library 2 JSON</source>
        <translation>Launch Library 2 JSON</translation>
    </message>
    <message>
        <source>Daily prices CSV</source>
        <translation>Daily prices CSV</translation>
    </message>
    <message>
        <source>from the file or its name</source>
        <translation>from the file or its name</translation>
    </message>
    <message>
        <source>Detected format:</source>
        <translation>Detected format:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <source>Symbol (prices):</source>
        <translation>Symbol (prices):</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>First rows as read:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Skip file</source>
        <translation>&amp;Skip file</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>File %1 of %2: %3</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 already up to date%4</source>
        <translation>%1 to add, %2 to update, %3 already up to date%4</translation>
    </message>
    <message>
        <source>, %1 skipped (not orbital launches)</source>
        <translation>, %1 skipped (not orbital launches)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;The file cannot be imported as it is; nothing will be written.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;The file cannot be imported as it is; nothing will be written.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(stopped after %1 problems)</source>
        <translation>(stopped after %1 problems)</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: not imported</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>As the file says (Adj Close column), else unchanged</source>
        <translation>As the file says (Adj Close column), else unchanged</translation>
    </message>
    <message>
        <source>Adjusted for splits and dividends</source>
        <translation>Adjusted for splits and dividends</translation>
    </message>
    <message>
        <source>Not adjusted</source>
        <translation>Not adjusted</translation>
    </message>
    <message>
        <source>Closes (prices):</source>
        <translation>Closes (prices):</translation>
    </message>
</context>
<context>
    <name>stratos::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Remove import…</source>
        <translation>&amp;Remove import…</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Remove import</translation>
    </message>
    <message>
        <source>Remove the import of %1? Rows it added are deleted and rows it changed get their previous values back.</source>
        <translation>Remove the import of %1? Rows it added are deleted and rows it changed get their previous values back.</translation>
    </message>
</context>
<context>
    <name>stratos::LibraryPage</name>
    <message>
        <source>Search the documents (e.g. export controls, Kuiper, distillation)…</source>
        <translation>Search the documents (e.g. export controls, Kuiper, distillation)…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Text, Markdown, HTML and PDF files; you can also drop them on the window</source>
        <translation>Text, Markdown, HTML and PDF files; you can also drop them on the window</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remove from library…</source>
        <translation>Remove from library…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s). Type to search their passages; click a result to read it with the match highlighted. Double-click a title, publisher, date or URL to correct it.</source>
        <translation>
            <numerusform>%n document. Type to search its passages; click a result to read it with the match highlighted. Double-click a title, publisher, date or URL to correct it.</numerusform>
            <numerusform>%n documents. Type to search their passages; click a result to read it with the match highlighted. Double-click a title, publisher, date or URL to correct it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage matches “%1”.</source>
        <translation>No passage matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in %1 document(s) match; click one to read it in context.</source>
        <translation>
            <numerusform>%n passage in %1 document matches; click it to read it in context.</numerusform>
            <numerusform>%n passages in %1 document(s) match; click one to read it in context.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1, characters %2–%3</source>
        <translation>page %1, characters %2–%3</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>characters %1–%2</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Documents (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of documents</source>
        <translation>Import a folder of documents</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>This store is open read-only.</source>
        <translation>This store is open read-only.</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexing…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Reading %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>Looking for documents…</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 unchanged</source>
        <translation>%1 added, %2 replaced, %3 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n could not be read</numerusform>
            <numerusform>, %n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>Import: %1.</source>
        <translation>Import: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n passage(s) from the library? The file itself is not touched.</source>
        <translation>
            <numerusform>Remove “%1” and its %n passage from the library? The file itself is not touched.</numerusform>
            <numerusform>Remove “%1” and its %n passages from the library? The file itself is not touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratos::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reload data</source>
        <translation>&amp;Reload data</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Stratos</source>
        <translation>&amp;About Stratos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Data files (*.csv *.tsv *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>This store is open read-only.</source>
        <translation>This store is open read-only.</translation>
    </message>
    <message>
        <source>About Stratos</source>
        <translation>About Stratos</translation>
    </message>
    <message>
        <source>Import &amp;documents…</source>
        <translation>Import &amp;documents…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import a &amp;folder of documents…</source>
        <translation>Import a &amp;folder of documents…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Ask</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Export conversation…</translation>
    </message>
</context>
<context>
    <name>stratos::MarketsPage</name>
    <message>
        <source>Securities</source>
        <translation>Securities</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>DeepSeek shock (Dec 2024 – Feb 2025)</source>
        <translation>DeepSeek shock (Dec 2024 – Feb 2025)</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Since ChatGPT (Nov 2022)</source>
        <translation>Since ChatGPT (Nov 2022)</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Choose securities to compare</source>
        <translation>Choose securities to compare</translation>
    </message>
    <message>
        <source>The range starts after it ends</source>
        <translation>The range starts after it ends</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
</context>
<context>
    <name>stratos::ModelsPage</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Training compute</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>Training cost</source>
        <translation>Training cost</translation>
    </message>
    <message>
        <source>USD; basis in the tooltip</source>
        <translation>USD; basis in the tooltip</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>Open weights</translation>
    </message>
    <message>
        <source>API in /1M</source>
        <translation>API in /1M</translation>
    </message>
    <message>
        <source>USD per million input tokens</source>
        <translation>USD per million input tokens</translation>
    </message>
    <message>
        <source>API out /1M</source>
        <translation>API out /1M</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>USD per million output tokens</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Filter by model or organization…</source>
        <translation>Filter by model or organization…</translation>
    </message>
    <message>
        <source>Open weights only</source>
        <translation>Open weights only</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>Epoch AI estimate, 2023 USD</source>
        <translation>Epoch AI estimate, 2023 USD</translation>
    </message>
    <message>
        <source>figure reported by the developer</source>
        <translation>figure reported by the developer</translation>
    </message>
    <message>
        <source>%1 — %2
Source: %3 %4%5</source>
        <translation>%1 — %2
Source: %3 %4%5</translation>
    </message>
    <message>
        <source>
Training cost: %1</source>
        <translation>
Training cost: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Choose models to compare</source>
        <translation>Choose models to compare</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 of %2 models</translation>
    </message>
    <message>
        <source>Models &amp; costs</source>
        <translation>Models &amp; costs</translation>
    </message>
</context>
<context>
    <name>stratos::OverviewPage</name>
    <message>
        <source>The US–China race in AI and orbit, at a glance</source>
        <translation>The US–China race in AI and orbit, at a glance</translation>
    </message>
    <message>
        <source>Training cost: DeepSeek-V3 vs GPT-4</source>
        <translation>Training cost: DeepSeek-V3 vs GPT-4</translation>
    </message>
    <message>
        <source>API price: DeepSeek-R1 vs o1</source>
        <translation>API price: DeepSeek-R1 vs o1</translation>
    </message>
    <message>
        <source>Models released, last 12 months</source>
        <translation>Models released, last 12 months</translation>
    </message>
    <message>
        <source>Nvidia&apos;s largest one-day fall</source>
        <translation>Nvidia&apos;s largest one-day fall</translation>
    </message>
    <message>
        <source>27 Jan 2025: the DeepSeek sell-off</source>
        <translation>27 Jan 2025: the DeepSeek sell-off</translation>
    </message>
    <message>
        <source>Satellites launched: Starlink vs Kuiper / Leo</source>
        <translation>Satellites launched: Starlink vs Kuiper / Leo</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Latest events</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Open the chart behind this number</source>
        <translation>Open the chart behind this number</translation>
    </message>
    <message>
        <source>%1× cheaper</source>
        <translation>%1× cheaper</translation>
    </message>
    <message>
        <source>DeepSeek-V3 %1 vs GPT-4 %2 to train</source>
        <translation>DeepSeek-V3 %1 vs GPT-4 %2 to train</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>2023 USD estimates</source>
        <translation>2023 USD estimates</translation>
    </message>
    <message>
        <source>No cost data for these models in the store</source>
        <translation>No cost data for these models in the store</translation>
    </message>
    <message>
        <source>Output tokens: R1 $%1 vs o1 $%2 per million</source>
        <translation>Output tokens: R1 $%1 vs o1 $%2 per million</translation>
    </message>
    <message>
        <source>Source: list prices at launch</source>
        <translation>Source: list prices at launch</translation>
    </message>
    <message>
        <source>No API prices for these models</source>
        <translation>No API prices for these models</translation>
    </message>
    <message numerus="yes">
        <source>%n notable model(s) released in the 12 months to %1</source>
        <translation>
            <numerusform>%n notable model released in the 12 months to %1</numerusform>
            <numerusform>%n notable models released in the 12 months to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: Epoch AI and lab announcements</source>
        <translation>Source: Epoch AI and lab announcements</translation>
    </message>
    <message>
        <source>on %1 (close %2 → %3), since %4</source>
        <translation>on %1 (close %2 → %3), since %4</translation>
    </message>
    <message>
        <source>Source: daily closes, split-adjusted (Yahoo Finance via yfinance)</source>
        <translation>Source: daily closes, split-adjusted (Yahoo Finance via yfinance)</translation>
    </message>
    <message>
        <source>No NVDA prices in the store</source>
        <translation>No NVDA prices in the store</translation>
    </message>
    <message>
        <source>Nasdaq Composite %1 the same day</source>
        <translation>Nasdaq Composite %1 the same day</translation>
    </message>
    <message>
        <source>Source: daily closes; index unadjusted</source>
        <translation>Source: daily closes; index unadjusted</translation>
    </message>
    <message>
        <source>No prices for January 2025</source>
        <translation>No prices for January 2025</translation>
    </message>
    <message>
        <source>Guowang %1 · Qianfan %2 · OneWeb %3 (successful launches since 2019)</source>
        <translation>Guowang %1 · Qianfan %2 · OneWeb %3 (successful launches since 2019)</translation>
    </message>
    <message>
        <source>Source: GCAT launch log, J. McDowell (CC BY 4.0)</source>
        <translation>Source: GCAT launch log, J. McDowell (CC BY 4.0)</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI models</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>stratos::OverviewStrip</name>
    <message>
        <source>All events. Drag the window to move the timeline; click to jump; wheel to zoom.</source>
        <translation>All events. Drag the window to move the timeline; click to jump; wheel to zoom.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>stratos::ReaderView</name>
    <message>
        <source>Loading the reader…</source>
        <translation>Loading the reader…</translation>
    </message>
</context>
<context>
    <name>stratos::SearchResultsModel</name>
    <message>
        <source>Open “%1” at this passage</source>
        <translation>Open “%1” at this passage</translation>
    </message>
</context>
<context>
    <name>stratos::SpacePage</name>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>Compare growth rates: Kuiper, Guowang and Qianfan are small next to Starlink</source>
        <translation>Compare growth rates: Kuiper, Guowang and Qianfan are small next to Starlink</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Launched (UTC)</source>
        <translation>Launched (UTC)</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Payloads</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kuiper / Leo</source>
        <translation>Kuiper / Leo</translation>
    </message>
    <message>
        <source>Satellites launched (launches)</source>
        <translation>Satellites launched (launches)</translation>
    </message>
    <message>
        <source>Orbital launches (all)</source>
        <translation>Orbital launches (all)</translation>
    </message>
    <message>
        <source>Filter launches by tag, vehicle, site or operator…</source>
        <translation>Filter launches by tag, vehicle, site or operator…</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Successes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Launch log</source>
        <translation>Launch log</translation>
    </message>
    <message>
        <source>Satellites per constellation and year</source>
        <translation>Satellites per constellation and year</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 of %2 launches</source>
        <translation>%1 of %2 launches</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>stratos::SpecChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>No data for this selection</translation>
    </message>
</context>
<context>
    <name>stratos::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Search events…</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>From: any</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>To: any</translation>
    </message>
    <message>
        <source>Only events on or after this day</source>
        <translation>Only events on or after this day</translation>
    </message>
    <message>
        <source>Only events on or before this day</source>
        <translation>Only events on or before this day</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation>Show every event (Home)</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Add event…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the visible timeline as PNG, SVG, PDF or CSV</source>
        <translation>Save the visible timeline as PNG, SVG, PDF or CSV</translation>
    </message>
    <message>
        <source>Lanes: all</source>
        <translation>Lanes: all</translation>
    </message>
    <message>
        <source>Countries: all</source>
        <translation>Countries: all</translation>
    </message>
    <message>
        <source>%1 of %2 events match</source>
        <translation>%1 of %2 events match</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>The change could not be saved.

%1</translation>
    </message>
    <message>
        <source>Open the related page</source>
        <translation>Open the related page</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hide this event</source>
        <translation>Hide this event</translation>
    </message>
    <message>
        <source>Copy date and title</source>
        <translation>Copy date and title</translation>
    </message>
    <message>
        <source>Add an event on %1…</source>
        <translation>Add an event on %1…</translation>
    </message>
    <message>
        <source>Export the view…</source>
        <translation>Export the view…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV of the events (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV of the events (*.csv)</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Lanes: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Countries: %1</translation>
    </message>
    <message>
        <source>Highlighted: &quot;%1&quot;</source>
        <translation>Highlighted: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>stratos::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to expand&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to expand&lt;/i&gt;</translation>
    </message>
</context>
</TS>
