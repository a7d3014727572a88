// The loader of the modules the program loads on first use (util/module_loader.h),
// on the modules of this build (the test main points STRATOS_MODULE_DIR at them).
#include "util/module_loader.h"
#include "docimport/pdf_pages.h" // header only: the module's interface

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

TEST(ModuleLoader, LoadsTheBuiltPdfModuleOnceAndItsReaderReads)
{
    QString error;
    const QFunctionPointer f = resolveModuleFunction(kPdfModule, kPdfModuleFunction, &error);
    ASSERT_TRUE(f) << qPrintable(error);
    EXPECT_EQ(resolveModuleFunction(kPdfModule, kPdfModuleFunction), f) << "loaded twice";
    // Not a PDF: the module's reader says so for this file, and nothing else happens.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("fake.pdf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("plain text, not a PDF\n");
    file.close();
    const Result<PdfPages> read = reinterpret_cast<PdfReaderGetter>(f)()(file.fileName(), nullptr);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().message, QStringLiteral("this is not a valid PDF file"));
}

TEST(ModuleLoader, AMissingModuleSaysWhichFileAndWhereItLooked)
{
    QString error;
    EXPECT_FALSE(resolveModuleFunction(QStringLiteral("stratos_no_such_module"), "f", &error));
    EXPECT_TRUE(error.contains(QLatin1String("stratos_no_such_module"))) << qPrintable(error);
    for (const QString &dir : moduleSearchDirs())
        EXPECT_TRUE(error.contains(dir)) << qPrintable(dir) << " missing from: " << qPrintable(error);
}

TEST(ModuleLoader, AMissingFunctionIsAnErrorNamingTheModule)
{
    QString error;
    EXPECT_FALSE(resolveModuleFunction(kPdfModule, "stratos_no_such_function", &error));
    EXPECT_TRUE(error.contains(QLatin1String("stratos_pdf"))) << qPrintable(error);
}
