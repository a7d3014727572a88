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
    <name>stratos::AskPage</name>
    <message>
        <source>Ask a question about your documents. Everything stays on this computer: the passages below come from the local library.</source>
        <translation>Ask a question about your documents. Everything stays on this computer: the passages below come from the local library.</translation>
    </message>
    <message>
        <source>e.g. How much market value did Nvidia lose in one day?</source>
        <translation>e.g. How much market value did Nvidia lose in one day?</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Passages for “%1”&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Passages for “%1”&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No passage in the library matches this question.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No passage in the library matches this question.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>stratos::ChartView</name>
    <message>
        <source>Drag or scroll to zoom</source>
        <translation>Drag or scroll to zoom</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Show the whole chart again (double-click the chart)</source>
        <translation>Show the whole chart again (double-click the chart)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Concerns:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Concerns:&lt;/b&gt; %1&lt;/p&gt;</translation>
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
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Search the documents (e.g. export controls, Kuiper, distillation)…</source>
        <translation>Search the documents (e.g. export controls, Kuiper, distillation)…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Type to search %1 documents (matches are highlighted), or click a document to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Type to search %1 documents (matches are highlighted), or click a document to read it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No passage matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No passage matches “%1”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
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
        <source>Search titles and summaries…</source>
        <translation>Search titles and summaries…</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>All lanes</translation>
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
        <source>Concerns:</source>
        <translation>Concerns:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
</TS>
