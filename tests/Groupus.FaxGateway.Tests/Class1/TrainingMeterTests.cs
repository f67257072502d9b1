using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Class1;

public sealed class TrainingMeterTests
{
    [Fact]
    public void A_clean_TCF_of_one_and_a_half_seconds_at_9600_is_one_long_zero_run()
    {
        var result = TrainingMeter.Measure(new byte[1800], 9600);

        Assert.Equal(TimeSpan.FromSeconds(1.5), result.Received);
        Assert.Equal(TimeSpan.FromSeconds(1.5), result.LongestZeroRun);
        Assert.Equal(0, result.NonZeroFraction);
    }

    [Fact]
    public void A_burst_of_errors_splits_the_zero_run_and_counts_as_non_zero_octets()
    {
        var tcf = new byte[1800];
        tcf[600] = 0x01;
        tcf[601] = 0x80;

        var result = TrainingMeter.Measure(tcf, 9600);

        // The longest run starts just after the last 1 bit (bit 7 of octet 601, sent last) and runs to the end.
        Assert.Equal(TimeSpan.FromSeconds(((1800 - 602) * 8) / 9600.0), result.LongestZeroRun);
        Assert.Equal(2.0 / 1800, result.NonZeroFraction, 6);
    }

    [Fact]
    public void Nothing_received_is_no_carrier()
    {
        Assert.Equal(TrainingResult.NoCarrier, TrainingMeter.Measure([], 9600));
    }
}
