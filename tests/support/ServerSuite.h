// The fixture of every suite against a real edufusion-server: one process for the whole suite,
// started once with the institutions and accounts the suite names; a failed start fails each test.
#pragma once

#include "ServerProcess.h"

#include <gtest/gtest.h>
#include <memory>

namespace ef::test {

// The password of every account the suites make.
inline const QString password = QStringLiteral("a long test password");

// Base: ::testing::Test, TestWithParam<…> or another fixture (the GUI tests' GuiTestBase).
template <class Base = ::testing::Test> class ServerSuite : public Base
{
public:
    using Base::Base;

protected:
    // Called from the suite's own SetUpTestSuite.
    static void startServer(const QStringList &institutions,
        const QList<ServerProcess::Account> &accounts, const QStringList &arguments = {})
    {
        server = std::make_unique<ServerProcess>();
        started = server->start({institutions, accounts, password, arguments});
    }
    static void TearDownTestSuite()
    {
        server.reset();
        started = false;
    }

    void SetUp() override
    {
        Base::SetUp();
        // An assertion in SetUpTestSuite would only skip the tests; a test that stopped the
        // server and failed before starting it again leaves it down for the next.
        ASSERT_TRUE(server) << "the suite's SetUpTestSuite did not call startServer()";
        ASSERT_TRUE(started && server->isRunning()) << server->error().toStdString();
    }

    // The id the server gave one of the suite's institutions.
    static QString institutionId(const QString &nameEn) { return server->institutionId(nameEn); }

    static inline std::unique_ptr<ServerProcess> server;
    static inline bool started = false;
};

} // namespace ef::test
