#include "about_text.h"

#include <stratos/version.h>

#include <QCoreApplication>

namespace stratos {

QString aboutHtml()
{
    return QCoreApplication::translate("About",
               "<h2>Stratos %1</h2>"
               "<p>Follow the US–China race in AI and in orbit: models and their costs, "
               "market moves and satellite launches, with your own documents.</p>"
               "<p><b>Data</b><br>"
               "AI models: Epoch AI, “Notable AI Models”, "
               "<a href='https://epoch.ai/data/notable-ai-models'>epoch.ai</a>, CC BY 4.0.<br>"
               "Launches: Jonathan C. McDowell, GCAT, "
               "<a href='https://planet4589.org/space/gcat/'>planet4589.org</a>, CC BY 4.0.<br>"
               "Prices: daily bars from Yahoo Finance (public copies; see SOURCES.md).<br>"
               "Events and briefing notes: written by the Stratos team, with sources cited.</p>"
               "<p><b>Licence</b><br>Stratos is free software under the Apache License, Version 2.0 "
               "(<a href='https://www.apache.org/licenses/LICENSE-2.0'>apache.org/licenses/LICENSE-2.0</a>); "
               "the LICENSE file comes with it, and THIRD-PARTY-NOTICES.md lists the licences of what it uses.</p>"
               "<p>Built with Qt %2 (LGPLv3).</p>")
        .arg(QStringLiteral(STRATOS_VERSION), QString::fromLatin1(qVersion()));
}

QString attributionLine()
{
    return QCoreApplication::translate("About", "Data: Epoch AI (CC BY 4.0); GCAT, J. McDowell "
                                                "(CC BY 4.0); Yahoo Finance. Made with Stratos %1")
        .arg(QStringLiteral(STRATOS_VERSION));
}

} // namespace stratos
