// The main() of every test executable: a QCoreApplication (or QApplication for GUI tests,
// which bring their own main) around GoogleTest.
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EduFusion-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("edufusion-desk-test"));
    // Settings of this process's own, in a folder that goes with it: tests never touch the
    // person's real settings, and tests running side by side never see each other's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
