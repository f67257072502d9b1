using System.Net;
using Groupus.Sip.Authentication;
using Groupus.Sip.Messages;
using Groupus.Sip.Registrar;
using Microsoft.Extensions.Time.Testing;

namespace Groupus.Sip.Tests.Registrar;

public sealed class SipRegistrarTests
{
    private static readonly IPAddress Ata = IPAddress.Parse("192.0.2.10");
    private static readonly IPAddress Scanner = IPAddress.Parse("198.51.100.66");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private readonly SipRegistrar _registrar;
    private long _cseq;

    public SipRegistrarTests() =>
        _registrar = new SipRegistrar(new Credentials(), new RegistrarOptions { MaxFailuresPerSource = 3 }, _time);

    private sealed class Credentials : ISipCredentialStore
    {
        public SipCredential? Find(string username) => username switch
        {
            "line1" => new SipCredential("line1", "s3cret"),
            "line2" => new SipCredential("line2", "other"),
            _ => null,
        };
    }

    /// <summary>REGISTER, take the 401's challenge, REGISTER again with credentials (MD5 only, as most ATAs).</summary>
    private SipResponse RegisterAuthenticated(string contact = "<sip:{0}@192.0.2.10:5060>", string? expires = null, string password = "s3cret", IPAddress? source = null, string user = "line1", string? toUser = null)
    {
        source ??= Ata;
        var challenge = _registrar.Handle(SipMessages.Register(user, ++_cseq, contact, expires, toUser: toUser), source);
        if (challenge.StatusCode != 401)
        {
            return challenge;
        }

        var md5Only = challenge.WithHeaders(challenge.Headers.Remove(SipHeaderNames.WwwAuthenticate)
            .Add(SipHeaderNames.WwwAuthenticate, challenge.Headers.GetAll(SipHeaderNames.WwwAuthenticate).Single(c => c.Contains("MD5", StringComparison.Ordinal))));
        var request = new DigestClient(user, password).Authorize(SipMessages.Register(user, ++_cseq, contact, expires, toUser: toUser), md5Only)!;
        return _registrar.Handle(request, source);
    }

    [Fact]
    public void An_unauthenticated_register_is_challenged_with_sha_256_and_md5()
    {
        var response = _registrar.Handle(SipMessages.Register("line1", 1), Ata);
        Assert.Equal(401, response.StatusCode);
        var challenges = response.Headers.GetAll(SipHeaderNames.WwwAuthenticate);
        Assert.Equal(2, challenges.Count);
        Assert.Contains("algorithm=SHA-256", challenges[0], StringComparison.Ordinal);
        Assert.Contains("algorithm=MD5", challenges[1], StringComparison.Ordinal);
        Assert.NotNull(response.To!.Tag);
    }

    [Fact]
    public void A_register_with_the_right_password_binds_the_contact_with_its_expiry()
    {
        var response = RegisterAuthenticated(expires: "600");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("<sip:line1@192.0.2.10:5060>;expires=600", response.Headers.Get(SipHeaderNames.Contact));
        var binding = Assert.Single(_registrar.Lookup("line1"));
        Assert.Equal("sip:line1@192.0.2.10:5060", binding.Contact);
    }

    [Fact]
    public void A_too_brief_expiry_is_answered_423_with_min_expires()
    {
        var response = RegisterAuthenticated(expires: "30");
        Assert.Equal(423, response.StatusCode);
        Assert.Equal("60", response.Headers.Get(SipHeaderNames.MinExpires));
        Assert.Empty(_registrar.Lookup("line1"));
    }

    [Fact]
    public void Several_contacts_per_line_each_with_its_own_expiry_and_expiry_on_the_clock()
    {
        Assert.Equal(200, RegisterAuthenticated("<sip:{0}@192.0.2.10:5060>;expires=120, <sip:{0}@192.0.2.11:5062>", expires: "3600").StatusCode);
        Assert.Equal(2, _registrar.Lookup("line1").Count);
        _time.Advance(TimeSpan.FromSeconds(121));
        Assert.Equal("sip:line1@192.0.2.11:5062", Assert.Single(_registrar.Lookup("line1")).Contact);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(_registrar.Lookup("line1"));
    }

    [Fact]
    public void Expires_zero_removes_one_contact_and_a_wildcard_removes_them_all()
    {
        RegisterAuthenticated("<sip:{0}@192.0.2.10:5060>, <sip:{0}@192.0.2.11:5062>");
        Assert.Equal(200, RegisterAuthenticated("<sip:{0}@192.0.2.10:5060>;expires=0").StatusCode);
        Assert.Equal("sip:line1@192.0.2.11:5062", Assert.Single(_registrar.Lookup("line1")).Contact);
        Assert.Equal(400, RegisterAuthenticated("*").StatusCode);
        Assert.Equal(200, RegisterAuthenticated("*", expires: "0").StatusCode);
        Assert.Empty(_registrar.Lookup("line1"));
    }

    [Fact]
    public void A_register_without_contact_lists_the_current_bindings()
    {
        RegisterAuthenticated();
        var response = RegisterAuthenticated(contact: string.Empty);
        Assert.Equal(200, response.StatusCode);
        Assert.Single(response.Headers.GetAll(SipHeaderNames.Contact));
    }

    [Fact]
    public void A_line_may_register_only_its_own_user()
    {
        Assert.Equal(403, RegisterAuthenticated(toUser: "line2").StatusCode);
        Assert.Empty(_registrar.Lookup("line2"));
    }

    [Fact]
    public void Wrong_passwords_are_answered_403_and_lock_the_source_out_until_the_lockout_passes()
    {
        Assert.Equal(403, RegisterAuthenticated(password: "guess1", source: Scanner).StatusCode);
        Assert.Equal(403, RegisterAuthenticated(password: "guess2", source: Scanner).StatusCode);
        Assert.Equal(403, RegisterAuthenticated(password: "guess3", source: Scanner).StatusCode);

        // Locked out: even the right password is refused, without a challenge, while the ATA elsewhere still registers.
        var locked = _registrar.Handle(SipMessages.Register("line1", ++_cseq), Scanner);
        Assert.Equal(403, locked.StatusCode);
        Assert.Empty(locked.Headers.GetAll(SipHeaderNames.WwwAuthenticate));
        Assert.Equal(200, RegisterAuthenticated(source: Ata).StatusCode);

        _time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(200, RegisterAuthenticated(source: Scanner).StatusCode);
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_do_not_lock_out()
    {
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(403, RegisterAuthenticated(password: "typo", source: Scanner).StatusCode);
            _time.Advance(TimeSpan.FromMinutes(3));
        }

        Assert.Equal(200, RegisterAuthenticated(source: Scanner).StatusCode);
    }

    [Fact]
    public void An_expired_nonce_is_challenged_again_with_stale_true()
    {
        var challenge = _registrar.Handle(SipMessages.Register("line1", 1), Ata);
        _time.Advance(TimeSpan.FromMinutes(6));
        var request = new DigestClient("line1", "s3cret").Authorize(SipMessages.Register("line1", 2), challenge)!;
        var response = _registrar.Handle(request, Ata);
        Assert.Equal(401, response.StatusCode);
        Assert.All(response.Headers.GetAll(SipHeaderNames.WwwAuthenticate), c => Assert.Contains("stale=true", c, StringComparison.Ordinal));
    }

    [Fact]
    public void A_replayed_register_is_refused()
    {
        var challenge = _registrar.Handle(SipMessages.Register("line1", 1), Ata);
        var request = new DigestClient("line1", "s3cret").Authorize(SipMessages.Register("line1", 2), challenge)!;
        Assert.Equal(200, _registrar.Handle(request, Ata).StatusCode);
        Assert.Equal(403, _registrar.Handle(request, Scanner).StatusCode);
    }

    [Fact]
    public void A_credential_never_prints_its_password() =>
        Assert.DoesNotContain("s3cret", new SipCredential("line1", "s3cret").ToString(), StringComparison.Ordinal);

    [Fact]
    public void The_challenge_order_is_configurable_for_clients_that_read_only_the_first()
    {
        var registrar = new SipRegistrar(new Credentials(), new RegistrarOptions { ChallengeAlgorithms = [DigestAlgorithm.Md5, DigestAlgorithm.Sha256] }, _time);
        var challenges = registrar.Handle(SipMessages.Register("line1", 1), Ata).Headers.GetAll(SipHeaderNames.WwwAuthenticate);
        Assert.Contains("algorithm=MD5", challenges[0], StringComparison.Ordinal);
        Assert.Contains("algorithm=SHA-256", challenges[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_older_than_the_binding_in_the_same_call_id_is_refused_500()
    {
        var challenge = _registrar.Handle(SipMessages.Register("line1", 10), Ata);
        var client = new DigestClient("line1", "s3cret");
        Assert.Equal(200, _registrar.Handle(client.Authorize(SipMessages.Register("line1", 11), challenge)!, Ata).StatusCode);
        Assert.Equal(500, _registrar.Handle(client.Authorize(SipMessages.Register("line1", 5), challenge)!, Ata).StatusCode);
    }
}
