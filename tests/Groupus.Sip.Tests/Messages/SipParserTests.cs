using System.Text;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Tests.Messages;

public sealed class SipParserTests
{
    internal const string Invite =
        "INVITE sip:bob@example.com SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds;rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "To: Bob <sip:bob@example.com>\r\n" +
        "From: \"Alice, A.\" <sip:alice@example.com;transport=udp>;tag=1928301774\r\n" +
        "Call-ID: a84b4c76e66710@pc33.example.com\r\n" +
        "CSeq: 314159 INVITE\r\n" +
        "Contact: <sip:alice@10.0.0.1:5060>\r\n" +
        "Content-Type: application/sdp\r\n" +
        "Content-Length: 4\r\n" +
        "\r\n" +
        "v=0\n";

    private static SipMessage ParseOk(string text)
    {
        var result = SipParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error?.Reason);
        return result.Message;
    }

    private static SipParseError ParseError(string text)
    {
        var result = SipParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.False(result.IsSuccess);
        return result.Error;
    }

    [Fact]
    public void A_request_parses_with_its_headers_and_body()
    {
        var request = Assert.IsType<SipRequest>(ParseOk(Invite));
        Assert.Equal("INVITE", request.Method);
        Assert.Equal("bob", request.Uri!.User);
        Assert.Equal("a84b4c76e66710@pc33.example.com", request.CallId);
        Assert.Equal(new CSeq(314159, "INVITE"), request.CSeq);
        Assert.Equal("Alice, A.", request.From!.DisplayName);
        Assert.Equal("1928301774", request.From.Tag);
        Assert.Equal("udp", request.From.Uri.Parameters.Get("transport"));
        Assert.Null(request.To!.Tag);
        Assert.Equal("z9hG4bK776asdhds", request.TopVia!.Branch);
        Assert.True(request.TopVia.HasRPort);
        Assert.Null(request.TopVia.RPort);
        Assert.Equal("v=0\n", Encoding.UTF8.GetString(request.Body.Span));
    }

    [Fact]
    public void Header_names_are_case_insensitive_and_compact_forms_expand()
    {
        var text = Invite.Replace("Call-ID:", "i:", StringComparison.Ordinal).Replace("To:", "t:", StringComparison.Ordinal)
            .Replace("From:", "f:", StringComparison.Ordinal).Replace("Via:", "v:", StringComparison.Ordinal)
            .Replace("Contact:", "m:", StringComparison.Ordinal).Replace("Content-Type:", "c:", StringComparison.Ordinal)
            .Replace("Content-Length:", "l:", StringComparison.Ordinal).Replace("CSeq:", "cseq:", StringComparison.Ordinal)
            .Replace("Max-Forwards:", "MAX-FORWARDS:", StringComparison.Ordinal);
        var request = ParseOk(text);
        Assert.Equal("a84b4c76e66710@pc33.example.com", request.CallId);
        Assert.Equal("application/sdp", request.ContentType);
        Assert.Equal("70", request.Headers.Get("max-forwards"));
        Assert.Single(request.Contacts);
        Assert.Contains("Call-ID: a84b4c76e66710@pc33.example.com\r\n", Encoding.UTF8.GetString(request.ToBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public void Folded_lines_are_joined()
    {
        var request = ParseOk(Invite.Replace("Max-Forwards: 70\r\n", "Subject: I know you're there,\r\n   pick up the phone\r\n\tand talk to me!\r\nMax-Forwards: 70\r\n", StringComparison.Ordinal));
        Assert.Equal("I know you're there, pick up the phone and talk to me!", request.Headers.Get("s"));
    }

    [Fact]
    public void Comma_joined_and_repeated_list_headers_become_one_entry_each_in_order()
    {
        var text = Invite.Replace(
            "Max-Forwards: 70\r\n",
            "Via: SIP/2.0/UDP proxy1.example.com;branch=z9hG4bKa, SIP/2.0/UDP proxy2.example.com:5070;branch=z9hG4bKb;received=192.0.2.1\r\n" +
            "Record-Route: <sip:p1.example.com;lr>,<sip:p2.example.com;lr>\r\nRecord-Route: <sip:p3.example.com;lr>\r\nMax-Forwards: 70\r\n",
            StringComparison.Ordinal);
        var request = ParseOk(text);
        var vias = request.Headers.GetAll("v");
        Assert.Equal(3, vias.Count);
        Assert.True(Via.TryParse(vias[2], out var third));
        Assert.Equal(("proxy2.example.com", 5070, "192.0.2.1"), (third.Host, third.Port!.Value, third.Received!));
        Assert.Equal(["<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>", "<sip:p3.example.com;lr>"], request.Headers.GetAll("Record-Route"));
    }

    [Fact]
    public void A_comma_inside_a_quoted_display_name_does_not_split_a_contact()
    {
        var request = ParseOk(Invite.Replace("Contact: <sip:alice@10.0.0.1:5060>", "Contact: \"Smith, J\" <sip:j@h>;expires=60, sip:k@h;q=0.5", StringComparison.Ordinal));
        Assert.Equal(2, request.Contacts.Count);
        Assert.Equal("Smith, J", request.Contacts[0].DisplayName);
        Assert.Equal("60", request.Contacts[0].Parameters.Get("expires"));
        Assert.Equal("0.5", request.Contacts[1].Parameters.Get("q"));
        Assert.Empty(request.Contacts[1].Uri.Parameters.Items);
    }

    [Fact]
    public void Without_content_length_the_rest_of_the_datagram_is_the_body()
    {
        var request = ParseOk(Invite.Replace("Content-Length: 4\r\n", string.Empty, StringComparison.Ordinal) + "o=x\n");
        Assert.Equal("v=0\no=x\n", Encoding.UTF8.GetString(request.Body.Span));
    }

    [Fact]
    public void Octets_beyond_content_length_are_discarded()
    {
        var request = ParseOk(Invite + "garbage");
        Assert.Equal(4, request.Body.Length);
    }

    [Fact]
    public void A_response_parses_with_its_reason_phrase()
    {
        var response = Assert.IsType<SipResponse>(ParseOk(
            "SIP/2.0 180 Ringing Now\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nTo: <sip:b@h>;tag=x\r\nFrom: <sip:a@h>;tag=y\r\nCall-ID: c\r\nCSeq: 1 INVITE\r\n\r\n"));
        Assert.Equal(180, response.StatusCode);
        Assert.Equal("Ringing Now", response.ReasonPhrase);
        Assert.True(response.IsProvisional);
    }

    [Fact]
    public void Leading_blank_lines_and_bare_lf_line_ends_are_tolerated()
    {
        var request = ParseOk("\r\n\r\n" + Invite.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("INVITE", ((SipRequest)request).Method);
    }

    [Fact]
    public void Serialising_and_parsing_again_gives_the_same_message()
    {
        var first = ParseOk(Invite);
        var again = ParseOk(Encoding.UTF8.GetString(first.ToBytes()));
        Assert.Equal(first.Headers.Select(h => (h.Name, h.Value)), again.Headers.Select(h => (h.Name, h.Value)));
        Assert.Equal(first.Body.ToArray(), again.Body.ToArray());
    }

    [Theory]
    [InlineData("", SipParseErrorKind.Empty)]
    [InlineData("\r\n\r\n", SipParseErrorKind.Empty)]
    [InlineData("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h", SipParseErrorKind.HeaderSectionUnterminated)]
    [InlineData("INVITE sip:bob@example.com\r\n\r\n", SipParseErrorKind.BadStartLine)]
    [InlineData("INVITE sip:bob@example.com SIP/3.0\r\n\r\n", SipParseErrorKind.UnsupportedVersion)]
    [InlineData("SIP/2.0 abc OK\r\n\r\n", SipParseErrorKind.BadStartLine)]
    [InlineData("OPTIONS sip:h SIP/2.0\r\nNoColonHere\r\n\r\n", SipParseErrorKind.MalformedHeader)]
    [InlineData("OPTIONS sip:h SIP/2.0\r\n continuation\r\n\r\n", SipParseErrorKind.MalformedHeader)]
    [InlineData("OPTIONS sip:h SIP/2.0\r\nBad Name: x\r\n\r\n", SipParseErrorKind.MalformedHeader)]
    public void Malformed_start_lines_and_header_lines_are_typed_errors(string text, SipParseErrorKind kind) =>
        Assert.Equal(kind, ParseError(text).Kind);

    [Theory]
    [InlineData("Call-ID: a84b4c76e66710@pc33.example.com\r\n", "", SipParseErrorKind.MissingHeader)]
    [InlineData("CSeq: 314159 INVITE", "CSeq: 314159 BYE", SipParseErrorKind.CSeqMethodMismatch)]
    [InlineData("CSeq: 314159 INVITE", "CSeq: 99999999999 INVITE", SipParseErrorKind.InvalidHeaderValue)]
    [InlineData("CSeq: 314159 INVITE", "CSeq: 1 INVITE\r\nCSeq: 2 INVITE", SipParseErrorKind.InvalidHeaderValue)]
    [InlineData("Via: SIP/2.0/UDP 10.0.0.1:5060;", "Via: SIP/2.0/UDP 10.0.0.1:99999;", SipParseErrorKind.InvalidHeaderValue)]
    [InlineData("To: Bob <sip:bob@example.com>", "To: Bob <sip:bob@example.com", SipParseErrorKind.InvalidHeaderValue)]
    [InlineData("Content-Length: 4", "Content-Length: 400", SipParseErrorKind.BodyTruncated)]
    [InlineData("Content-Length: 4", "Content-Length: -4", SipParseErrorKind.InvalidHeaderValue)]
    [InlineData("Max-Forwards: 70", "Max-Forwards: seventy", SipParseErrorKind.InvalidHeaderValue)]
    public void Missing_duplicate_and_invalid_headers_are_typed_errors(string replace, string with, SipParseErrorKind kind) =>
        Assert.Equal(kind, ParseError(Invite.Replace(replace, with, StringComparison.Ordinal)).Kind);

    [Fact]
    public void A_request_whose_dialog_headers_are_readable_can_be_answered_with_400()
    {
        var error = ParseError(Invite.Replace("Content-Length: 4", "Content-Length: 400", StringComparison.Ordinal));
        Assert.True(error.CanAnswer);
        var response = error.Request!.CreateResponse(400, error.Reason);
        Assert.Equal("Body shorter than Content-Length", response.ReasonPhrase);
        Assert.Equal("a84b4c76e66710@pc33.example.com", response.CallId);
    }

    [Fact]
    public void A_message_over_the_size_limit_is_refused_before_it_is_read()
    {
        var limits = new SipParserLimits { MaxMessageSize = 300 };
        Assert.Equal(SipParseErrorKind.TooLarge, SipParser.Parse(Encoding.UTF8.GetBytes(Invite + new string('x', 300)), limits).Error!.Kind);
    }

    [Fact]
    public void More_header_values_than_the_limit_are_refused()
    {
        var many = string.Concat(Enumerable.Repeat("Allow: INVITE, ACK, BYE, CANCEL\r\n", 40));
        var error = ParseError(Invite.Replace("Max-Forwards: 70\r\n", many, StringComparison.Ordinal));
        Assert.Equal(SipParseErrorKind.TooManyHeaders, error.Kind);
    }

    [Fact]
    public void A_response_to_a_request_copies_the_transaction_headers_and_adds_the_to_tag()
    {
        var request = (SipRequest)ParseOk(Invite);
        var response = request.CreateResponse(200, toTag: "as83");
        Assert.Equal("as83", response.To!.Tag);
        Assert.Equal(request.Headers.GetAll("Via"), response.Headers.GetAll("Via"));
        Assert.Equal(request.Headers.Get("CSeq"), response.Headers.Get("CSeq"));
        Assert.Equal("OK", response.ReasonPhrase);
    }
}
