namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>
/// spandsp says CONNECT again when its HDLC transmitter runs dry before the frame arrives (seen after a PPR on a
/// loaded machine): after the final frame the driver takes that CONNECT as stray and waits for the OK, instead of
/// counting the transmission as failed and hanging up.
/// </summary>
public sealed class StrayConnectTests
{
    private static readonly byte[] FinalFrame = [0xFF, 0x13, 0xBD, 0x00];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stray_CONNECT_after_the_final_frame_is_followed_to_its_OK(bool strayBeforeTheFrameIsRead)
    {
        await using var line = await FakeModemLine.OpenAsync();
        byte[]? sent = null;
        line.Fake.On("AT+FTH=3", async m =>
        {
            await m.SendLinesAsync("CONNECT");
            if (strayBeforeTheFrameIsRead)
            {
                await m.SendLinesAsync("CONNECT");
            }

            sent = await m.ReadDataAsync();
            if (!strayBeforeTheFrameIsRead)
            {
                await m.SendLinesAsync("CONNECT");
            }

            await m.SendLinesAsync("OK");
        });

        var ok = await line.Driver.SendFramesAsync([FinalFrame], transmitterOn: false, CancellationToken.None);
        var next = await line.Driver.Channel.CommandAsync("+FRS=7", TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.True(ok);
        Assert.Equal(FinalFrame, sent);
        Assert.True(next.IsOk, next.FinalResult);
        Assert.DoesNotContain("ATH0", line.Fake.Commands);
    }
}
