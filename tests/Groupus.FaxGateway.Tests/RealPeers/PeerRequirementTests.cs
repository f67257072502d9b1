using Groupus.FaxGateway.Tests.Support;
using Groupus.TestSupport.Processes;

namespace Groupus.FaxGateway.Tests.RealPeers;

public sealed class PeerRequirementTests
{
    [Fact]
    public void A_missing_peer_program_fails_the_test_naming_the_package_to_install()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => PeerProcess.Require("groupus-no-such-fax-program", "groupus-fax-package"));

        Assert.Contains("apt-get install -y --no-install-recommends groupus-fax-package", missing.Message);
    }

    [Theory]
    [InlineData("iaxmodem", "iaxmodem")]
    [InlineData("efax", "efax")]
    [InlineData("faxgetty", "hylafax-server")]
    [InlineData("socat", "socat")]
    public void The_real_peers_are_installed(string program, string package)
    {
        Assert.True(File.Exists(PeerProcess.Require(program, package)));
    }
}
