using System.Text;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>The bridge's view of the conversation: a modem's stray CONNECT after the final frame must not hide the next command.</summary>
public sealed class AtStreamObserverTests
{
    [Fact]
    public void A_stray_CONNECT_after_the_final_frame_leaves_the_next_command_visible()
    {
        var observer = new AtStreamObserver();
        Driver(observer, "AT+FTH=3\r");
        Modem(observer, "\r\nCONNECT\r\n");
        Driver(observer, [0xFF, 0x13, 0x3E, 0x10, 0x10, 0x10, 0x03]);   // PPR-like final frame, a doubled DLE, DLE ETX
        Modem(observer, "\r\nCONNECT\r\n\r\nOK\r\n");

        var seen = Driver(observer, "AT+FRM=146\r");

        Assert.Equal("AT+FRM=146", Assert.Single(seen).Text);
        Modem(observer, "\r\nCONNECT\r\n");
        Assert.Equal(ModemOctet.Data, observer.ObserveModem(0x7E));
    }

    [Fact]
    public void A_CONNECT_between_frames_still_opens_the_next_frame()
    {
        var observer = new AtStreamObserver();
        Driver(observer, "AT+FTH=3\r");
        Modem(observer, "\r\nCONNECT\r\n");
        Driver(observer, [0xFF, 0x03, 0x43, 0x10, 0x03]);   // TSI, not final
        Modem(observer, "\r\nCONNECT\r\n");

        // Octets that look like a command are frame data while the DCS is on its way.
        var seen = Driver(observer, [0xFF, 0x13, .. "AT+FRM=146\r"u8, 0x10, 0x03]);
        Modem(observer, "\r\nOK\r\n");

        Assert.Empty(seen);
        Assert.Equal("AT+FRH=3", Assert.Single(Driver(observer, "AT+FRH=3\r")).Text);
    }

    private static IReadOnlyList<DteCommand> Driver(AtStreamObserver observer, string text) => observer.ObserveDriver(Encoding.ASCII.GetBytes(text));

    private static IReadOnlyList<DteCommand> Driver(AtStreamObserver observer, byte[] octets) => observer.ObserveDriver(octets);

    private static void Modem(AtStreamObserver observer, string text)
    {
        foreach (var octet in Encoding.ASCII.GetBytes(text))
        {
            observer.ObserveModem(octet);
        }
    }
}
