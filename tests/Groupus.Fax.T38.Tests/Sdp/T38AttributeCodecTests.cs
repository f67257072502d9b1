using Groupus.Sdp;

namespace Groupus.Fax.T38.Tests.Sdp;

public sealed class T38AttributeCodecTests
{
    [Fact]
    public void Reads_every_t38_attribute_in_any_case_with_aliases_flags_and_both_udp_ec_lines()
    {
        var parameters = Read(SdpSamples.T38Offer);

        Assert.Equal(2, parameters.Version);
        Assert.Equal(14400, parameters.MaxBitRate);
        Assert.True(parameters.FillBitRemoval);
        Assert.False(parameters.TranscodingMmr);
        Assert.True(parameters.TranscodingJbig);
        Assert.Equal(T38RateManagement.LocalTcf, parameters.RateManagement);
        Assert.Equal(1024, parameters.MaxBuffer);
        Assert.Equal(160, parameters.MaxDatagram);
        Assert.Equal([T38ErrorCorrection.Fec, T38ErrorCorrection.Redundancy], parameters.ErrorCorrections);
    }

    [Theory]
    [InlineData("a=T38MaxBitRate:9600", 9600, null)]
    [InlineData("a=T38FaxMaxRate:9600", 9600, null)]
    [InlineData("a=t38FAXmaxdatagram:400", null, 400)]
    [InlineData("a=T38MaxDatagram:400", null, 400)]
    [InlineData("a=T38MaxBitRate:9600\r\na=T38FaxMaxRate:9600", 9600, null)]
    public void Aliases_name_the_same_parameter(string lines, int? bitRate, int? datagram)
    {
        var parameters = Read(Image(lines));

        Assert.Equal(bitRate, parameters.MaxBitRate);
        Assert.Equal(datagram, parameters.MaxDatagram);
    }

    [Theory]
    [InlineData("a=T38FaxFillBitRemoval", true)]
    [InlineData("a=T38FaxFillBitRemoval:1", true)]
    [InlineData("a=T38FaxFillBitRemoval:0", false)]
    [InlineData("a=t38faxfillbitremoval:1\r\na=T38FaxFillBitRemoval", true)]
    [InlineData("", false)]
    public void Booleans_are_flags_or_zero_and_one(string lines, bool expected) =>
        Assert.Equal(expected, Read(Image(lines)).FillBitRemoval);

    [Theory]
    [InlineData("a=T38FaxVersion:0\r\na=T38FaxVersion:1")]
    [InlineData("a=T38MaxBitRate:14400\r\na=T38FaxMaxRate:9600")]
    [InlineData("a=T38FaxMaxDatagram:400\r\na=T38MaxDatagram:160")]
    [InlineData("a=T38FaxFillBitRemoval\r\na=T38FaxFillBitRemoval:0")]
    [InlineData("a=T38FaxTranscodingMMR:1\r\na=T38FaxTranscodingMMR:0")]
    [InlineData("a=T38FaxRateManagement:transferredTCF\r\na=T38FaxRateManagement:localTCF")]
    public void Contradictory_attributes_are_a_typed_error(string lines) =>
        Assert.Equal(SdpErrorKind.ContradictoryAttributes, ReadError(Image(lines)).Kind);

    [Theory]
    [InlineData("a=T38FaxVersion:two")]
    [InlineData("a=T38FaxVersion:-1")]
    [InlineData("a=T38FaxMaxDatagram:99999999999")]
    [InlineData("a=T38FaxFillBitRemoval:yes")]
    [InlineData("a=T38FaxRateManagement:remoteTCF")]
    [InlineData("a=T38FaxRateManagement")]
    public void Invalid_values_are_a_typed_error(string lines) =>
        Assert.Equal(SdpErrorKind.InvalidValue, ReadError(Image(lines)).Kind);

    [Fact]
    public void Writes_flags_bare_and_only_when_true()
    {
        var attributes = T38AttributeCodec.Write(new T38Parameters { Version = 0, FillBitRemoval = true, RateManagement = T38RateManagement.TransferredTcf, ErrorCorrections = [T38ErrorCorrection.Redundancy] });

        Assert.Equal(["T38FaxVersion:0", "T38FaxFillBitRemoval", "T38FaxRateManagement:transferredTCF", "T38FaxUdpEC:t38UDPRedundancy"], attributes.Select(a => a.ToString()));
    }

    private static string Image(string lines) => $"v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=image 6000 udptl t38\n{lines}";

    private static T38Parameters Read(string sdp)
    {
        var result = T38AttributeCodec.Read(SdpParserTests.Parse(sdp).Media[0]);
        Assert.True(result.IsSuccess, result.Error?.Detail);
        return result.Value!;
    }

    private static SdpError ReadError(string sdp)
    {
        var result = T38AttributeCodec.Read(SdpParserTests.Parse(sdp).Media[0]);
        Assert.False(result.IsSuccess);
        return result.Error!;
    }
}
