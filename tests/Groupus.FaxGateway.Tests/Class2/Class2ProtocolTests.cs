using Groupus.Fax.Modems.Class2;
using Groupus.Fax.T30;
using Serial = Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Class2;

public sealed class Class2ProtocolTests
{
    [Theory]
    [InlineData("00", 0x00, "Normal end of call")]
    [InlineData("11", 0x11, "No answer (T.30 T1 timeout)")]
    [InlineData("27", 0x27, "Failure to train at 2400 bit/s or the +FMS value")]
    [InlineData("43", 0x43, "DTE to DCE data underflow")]
    [InlineData("52", 0x52, "No response to MPS repeated three times")]
    [InlineData("73", 0x73, "T.30 T2 timeout: expected page not received")]
    [InlineData("92", 0x92, "Bad CRC or frame (ECM or BFT modes)")]
    [InlineData("A2", 0xA2, "COMREC invalid response received")]
    [InlineData("a3", 0xA3, "Unable to continue after PIN or PIP")]
    public void Class_2_0_hang_up_codes_are_read_as_hexadecimal(string value, int code, string text)
    {
        var status = HangupStatus.Parse(value, hexadecimal: true)!;

        Assert.Equal(code, status.Code);
        Assert.Equal(text, status.Text);
        Assert.Equal(value.ToUpperInvariant(), status.Format(hexadecimal: true));
    }

    [Theory]
    [InlineData("0", 0x00)]
    [InlineData("52", 0x52)]
    [InlineData("94", 0x92)]
    [InlineData("100", 0xA0)]
    [InlineData("103", 0xA3)]
    public void Class_2_hang_up_codes_are_decimal_and_map_onto_the_Class_2_0_numbers(string value, int code)
    {
        var status = HangupStatus.Parse(value, hexadecimal: false)!;

        Assert.Equal(code, status.Code);
        Assert.Equal(value, status.Format(hexadecimal: false));
    }

    [Fact]
    public void An_unknown_hang_up_code_is_kept_and_named_as_unknown() =>
        Assert.Equal("Unknown hang-up status E7", HangupStatus.Parse("E7", hexadecimal: true)!.Text);

    [Theory]
    [InlineData(0x00, "Success")]
    [InlineData(0x02, "LocalAbort")]
    [InlineData(0x11, "NoAnswerT1")]
    [InlineData(0x21, "RemoteCannotReceive")]
    [InlineData(0x25, "NoResponseToDcs")]
    [InlineData(0x27, "TrainingFailure")]
    [InlineData(0x43, "RemoteDisconnectPhaseC")]
    [InlineData(0x52, "NoResponseToPostPage")]
    [InlineData(0x55, "PageRejected")]
    [InlineData(0x73, "NoCommandT2")]
    [InlineData(0x90, "RemoteDisconnectPhaseC")]
    [InlineData(0xA1, "RemoteDisconnectPhaseD")]
    public void Each_hang_up_code_maps_to_the_T30_error_a_Class_1_call_would_give(int code, string error) =>
        Assert.Equal(error, HangupStatus.FromCode(code).T30Error.Name);

    [Fact]
    public void Class_2_0_reports_are_recognised_by_their_T32_names()
    {
        var words = Class2Vocabulary.Class20;

        Assert.IsType<Class2Report.Connected>(Class2Report.Parse("+FCO", words));
        Assert.Equal(new Class2SessionParameters(1, 5, 0, 2, 1, 0, 0, 0),
            Assert.IsType<Class2Report.SessionNegotiated>(Class2Report.Parse("+FCS:1,5,0,2,1,0,0,0", words)).Parameters);
        Assert.Equal(3, Assert.IsType<Class2Report.RemoteCapabilities>(Class2Report.Parse("+FIS:1,3,0,2,1,0,0,0", words)).Parameters.BitRateCode);
        Assert.Equal("+44 20 7946 0000", Assert.IsType<Class2Report.RemoteIdentity>(Class2Report.Parse("+FCI:\"+44 20 7946 0000\"", words)).Identity);
        Assert.Equal(PostPageResponse.RetrainNegative, Assert.IsType<Class2Report.PageStatus>(Class2Report.Parse("+FPS:2,1100,20,5,0", words)).Response);
        Assert.Equal(PostPageMessage.EndOfProcedure, Assert.IsType<Class2Report.PostPage>(Class2Report.Parse("+FET:2", words)).Message);
        Assert.Equal(0x54, Assert.IsType<Class2Report.HungUp>(Class2Report.Parse("+FHS:54", words)).Status.Code);
        Assert.IsType<Class2Report.OtherLine>(Class2Report.Parse("+FHNG:0", words));
    }

    [Fact]
    public void Class_2_reports_are_recognised_by_their_SP2388_names()
    {
        var words = Class2Vocabulary.Class2;

        Assert.IsType<Class2Report.Connected>(Class2Report.Parse("+FCON", words));
        Assert.IsType<Class2Report.SessionNegotiated>(Class2Report.Parse("+FDCS:0,3,0,2,0,0,0,0", words));
        Assert.Equal("1002", Assert.IsType<Class2Report.RemoteIdentity>(Class2Report.Parse("+FTSI:\"1002\"", words)).Identity);
        Assert.Equal(PostPageResponse.Confirmed, Assert.IsType<Class2Report.PageStatus>(Class2Report.Parse("+FPTS:1", words)).Response);
        Assert.Equal(0xA0, Assert.IsType<Class2Report.HungUp>(Class2Report.Parse("+FHNG:100", words)).Status.Code);
        Assert.IsType<Class2Report.OtherLine>(Class2Report.Parse("+FHS:00", words));
    }

    [Fact]
    public void Flow_control_characters_in_front_of_a_report_are_ignored() =>
        Assert.IsType<Class2Report.HungUp>(Class2Report.Parse("\u0011+FHS:00", Class2Vocabulary.Class20));

    [Fact]
    public void Session_parameters_negotiate_down_to_what_both_ends_can_do()
    {
        var wanted = new Class2SessionParameters(1, 5, 0, 2, 1, 0, 0, 0);
        var remote = new Class2SessionParameters(0, 3, 0, 0, 0, 0, 0, 4);

        var session = Class2SessionParameters.Negotiate(wanted, remote);

        Assert.Equal(new Class2SessionParameters(0, 3, 0, 0, 0, 0, 0, 4), session);
        Assert.Equal((Resolution.Standard, 9600, ImageCoding.MH, 20), (session.Resolution, session.BitRate, session.Coding, session.MinimumScanLineTimeMs));
        Assert.Equal("0,3,0,0,0,0,0,4", session.Format());
    }

    [Theory]
    [InlineData("1,5,0,2,0,0,0,0,0", true)]
    [InlineData("(1,5,0,2,0,0,0,0)", true)]
    [InlineData("1,5", true)]
    [InlineData("fine", false)]
    [InlineData("", false)]
    public void Session_parameter_lists_parse_leniently_but_reject_nonsense(string text, bool parses) =>
        Assert.Equal(parses, Class2SessionParameters.TryParse(text, out _));

    [Fact]
    public void The_call_state_follows_the_reports_of_a_send()
    {
        var state = new Class2CallState(Class2Vocabulary.Class20);
        state.BeginCall();
        state.Feed(new Serial.ModemReply("OK", ["+FCO", "+FCI:\"1002\"", "+FIS:1,5,0,2,1,0,0,0"]));
        Assert.Equal(Class2Phase.Connected, state.Phase);
        Assert.Equal("1002", state.RemoteIdentity);

        state.BeginPageData();
        state.Feed(new Serial.ModemReply("OK", ["+FPS:1", "+FHS:00"]));

        Assert.Equal(PostPageResponse.Confirmed, state.TakePageStatus());
        Assert.Null(state.TakePageStatus());
        Assert.True(state.HasEnded);
        Assert.True(state.Hangup!.IsNormal);
    }
}
