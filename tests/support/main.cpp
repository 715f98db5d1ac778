// The main() of every test executable: a QGuiApplication, offscreen, since core paints
// certificates with QtGui (GUI tests bring their own main with a QApplication), around GoogleTest.
#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Offscreen unless told otherwise: also when CMake lists the tests at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
