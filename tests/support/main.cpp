// The main() of every test executable: a QCoreApplication (or QApplication for GUI tests,
// which bring their own main) around GoogleTest.
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EduFusion-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("edufusion-desk-test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
