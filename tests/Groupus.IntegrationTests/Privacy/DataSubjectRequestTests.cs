using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.IO.Compression;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Privacy.Doubles;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Json.Schema;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>Data-subject requests through the real gRPC server and SQLite file, with test modules' personal data.</summary>
public sealed class DataSubjectRequestTests
{
    [Fact]
    public async Task A_hundred_simultaneous_submissions_for_one_person_leave_one_active_request_and_ninety_nine_linked_duplicates()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("ann@example.com", "+447700900001");

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => world.Privacy.CreateRequestAsync(
            new CreateRequestRequest { SubjectId = subject.ToString(), Type = RequestType.Erasure, Channel = "web-form", NamedAs = new SubjectQuery { Email = "ann@example.com" } },
            world.Officer.Headers).ResponseAsync));

        Assert.Single(responses.Select(r => r.Request.Id).Distinct());
        Assert.Equal(99, responses.Count(r => r.DuplicateOfActive));
        var active = await world.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = responses[0].Request.Id }, world.Officer.Headers);
        Assert.Equal(99, active.LinkedDuplicateIds.Count);
        var listed = await world.Privacy.ListRequestsAsync(new ListRequestsRequest { PageSize = 200 }, world.Officer.Headers);
        Assert.Single(listed.Requests);
    }

    [Fact]
    public async Task Subjects_are_found_with_their_holdings_and_identifier_only_data_is_shown_apart()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("bob@example.com", "+447700900002");
        var organisation = Guid.NewGuid();
        world.Providers[0].ProcessorData[Groupus.Contracts.Privacy.SubjectIdentifier.Phone("+447700900002")] = organisation;

        var byEmail = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Email = " BOB@example.com" } }, world.Officer.Headers);
        var byPhone = await world.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = new SubjectQuery { Phone = "+447700900002" } }, world.Officer.Headers);

        Assert.Equal(subject.ToString(), Assert.Single(byEmail.Matches).SubjectId);
        Assert.Equal(2, byEmail.Matches[0].Holdings.Count);
        Assert.Empty(byEmail.UnenrolledHoldings);
        var processor = Assert.Single(byPhone.UnenrolledHoldings);
        Assert.Equal(ProcessingRole.Processor, processor.Role);
        Assert.Equal(organisation.ToString(), processor.ControllerOrganisationId);

        var two = await RpcFailure.Of(() => world.Privacy.FindSubjectsAsync(
            new FindSubjectsRequest { Query = new SubjectQuery { Email = "a@example.com", Phone = "+447700900002" } }, world.Officer.Headers));
        Assert.Equal(StatusCode.InvalidArgument, two.StatusCode);
    }

    [Fact]
    public async Task A_request_for_a_subject_nobody_knows_is_not_found()
    {
        await using var world = await RequestWorld.StartAsync();

        var failure = await RpcFailure.Of(() => world.Privacy.CreateRequestAsync(
            new CreateRequestRequest { SubjectId = Guid.NewGuid().ToString(), Type = RequestType.Access, Channel = "email", NamedAs = new SubjectQuery { Email = "nobody@example.com" } },
            world.Officer.Headers));

        Assert.Equal(StatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public async Task Identity_codes_go_only_to_a_contact_on_record_allow_a_few_wrong_attempts_and_expire()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var world = await RequestWorld.StartAsync(clock: clock);
        var subject = await world.EnrolAsync("cat@example.com", "+447700900003");
        var request = await world.CreateAsync(subject, RequestType.Access, "cat@example.com", "+447700900999");

        var notOnRecord = await RpcFailure.Of(() => world.Privacy.SendVerificationCodeAsync(
            new SendVerificationCodeRequest { RequestId = request.Id, SendTo = SubjectIdentifierKind.Phone }, world.Officer.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, notOnRecord.StatusCode);
        Assert.Equal("CONTACT_NOT_ON_RECORD", notOnRecord.Reason);

        var runUnverified = await RpcFailure.Of(() => world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, runUnverified.StatusCode);
        Assert.Equal("IDENTITY_NOT_VERIFIED", runUnverified.Reason);

        var code = await world.SendCodeAsync(request.Id);
        Assert.Matches("^[0-9]{6}$", code);
        var wrong = code == "000000" ? "111111" : "000000";
        var first = await RpcFailure.Of(() => world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = request.Id, Code = wrong }, world.Officer.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, first.StatusCode);
        Assert.Contains("4 attempt(s) left", first.Message, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await RpcFailure.Of(() => world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = request.Id, Code = code }, world.Officer.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, expired.StatusCode);
        Assert.Equal("IDENTITY_CODE_EXPIRED", expired.Reason);

        var fresh = await world.SendCodeAsync(request.Id);
        var verified = await world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = request.Id, Code = fresh }, world.Officer.Headers);
        Assert.True(verified.IdentityVerified);
        Assert.Equal(RequestStatus.InProgress, verified.Status);
        Assert.DoesNotContain(world.Server.Logs.Lines, line => line.Contains(code, StringComparison.Ordinal) || line.Contains(fresh, StringComparison.Ordinal));
        var database = await File.ReadAllBytesAsync(world.Server.DatabaseFile);
        Assert.DoesNotContain(fresh, System.Text.Encoding.UTF8.GetString(database), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_codes_use_up_the_code_and_a_new_one_is_needed()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("dan@example.com", "+447700900004");
        var request = await world.CreateAsync(subject, RequestType.Access, "dan@example.com");
        var code = await world.SendCodeAsync(request.Id);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            await RpcFailure.Of(() => world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = request.Id, Code = wrong }, world.Officer.Headers));
        }

        var exhausted = await RpcFailure.Of(() => world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = request.Id, Code = code }, world.Officer.Headers));

        Assert.Equal(StatusCode.FailedPrecondition, exhausted.StatusCode);
        Assert.Equal("IDENTITY_CODE_EXHAUSTED", exhausted.Reason);
    }

    [Fact]
    public async Task Deadlines_pause_resume_and_extend_only_with_a_reason()
    {
        // Tokens are checked against the real time, so the clock starts now; the day arithmetic is the unit tests'.
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var today = DateTime.UtcNow.Date;
        await using var world = await RequestWorld.StartAsync(clock: clock);
        var subject = await world.EnrolAsync("eve@example.com", "+447700900005");
        var request = await world.CreateAsync(subject, RequestType.Access, "eve@example.com");
        Assert.Equal(today.AddDays(45), request.DueAt.ToDateTime().Date);

        var paused = await world.Privacy.PauseRequestAsync(new PauseRequestRequest { RequestId = request.Id, Reason = "asked for proof of address" }, world.Officer.Headers);
        Assert.True(paused.Paused);
        Assert.Equal(RequestStatus.WaitingForSubject, paused.Status);
        clock.Advance(TimeSpan.FromDays(10));
        var resumed = await world.Privacy.ResumeRequestAsync(new ResumeRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(today.AddDays(55), resumed.DueAt.ToDateTime().Date);
        Assert.Equal(RequestStatus.Received, resumed.Status);

        var noReason = await RpcFailure.Of(() => world.Privacy.ExtendRequestAsync(new ExtendRequestRequest { RequestId = request.Id, Days = 30 }, world.Officer.Headers));
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Contains("reason", noReason.Violations.Keys);

        var extended = await world.Privacy.ExtendRequestAsync(new ExtendRequestRequest { RequestId = request.Id, Days = 30, Reason = "complex: many modules" }, world.Officer.Headers);
        Assert.Equal(today.AddDays(85), extended.DueAt.ToDateTime().Date);

        clock.Advance(TimeSpan.FromDays(76));
        var overdue = await world.Privacy.ListRequestsAsync(new ListRequestsRequest { Standing = DeadlineStanding.Overdue }, world.Officer.Headers);
        Assert.Equal(request.Id, Assert.Single(overdue.Requests).Id);
        var dueSoon = await world.Privacy.ListRequestsAsync(new ListRequestsRequest { Standing = DeadlineStanding.DueSoon }, world.Officer.Headers);
        Assert.Empty(dueSoon.Requests);

        var rejectedWithout = await RpcFailure.Of(() => world.Privacy.RejectRequestAsync(new RejectRequestRequest { RequestId = request.Id }, world.Officer.Headers));
        Assert.Equal(StatusCode.InvalidArgument, rejectedWithout.StatusCode);
        var rejected = await world.Privacy.RejectRequestAsync(new RejectRequestRequest { RequestId = request.Id, Reason = "manifestly unfounded" }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Rejected, rejected.Status);
        Assert.Equal(DeadlineStanding.Closed, rejected.Standing);
    }

    [Fact]
    public async Task Erasure_under_a_legal_hold_is_refused_and_erases_nothing_until_the_hold_is_released()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("fay@example.com", "+447700900006");
        world.Providers[0].KeptInvoices[subject] = 3;
        var hold = await world.Privacy.PlaceLegalHoldAsync(new PlaceLegalHoldRequest { SubjectId = subject.ToString(), Reason = "pending claim", Reference = "CASE-17" }, world.Officer.Headers);
        var request = await world.VerifiedAsync(subject, RequestType.Erasure, "fay@example.com");

        var refused = await RpcFailure.Of(() => world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("ERASURE_UNDER_LEGAL_HOLD", refused.Reason);
        Assert.All(world.Providers, p => Assert.Equal(0, p.EraseCalls));
        Assert.All(world.Providers, p => Assert.True(p.Records.ContainsKey(subject)));

        await world.Privacy.ReleaseLegalHoldAsync(new ReleaseLegalHoldRequest { HoldId = hold.Id, Reason = "claim settled" }, world.Officer.Headers);
        var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);

        Assert.Equal(RequestStatus.Completed, done.Status);
        Assert.All(done.Steps, s => Assert.Equal("DONE", s.State));
        Assert.All(world.Providers, p => Assert.False(p.Records.ContainsKey(subject)));
        var certificate = await world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.True(certificate.SubjectKeyDestroyed);
        Assert.Contains(certificate.Lines, l => l.Module == "alpha" && l.Action == "DELETED" && l.RecordCount == 1);
        Assert.Contains(certificate.Lines, l => l.Module == "alpha" && l.Action == "KEPT_UNDER_LEGAL_OBLIGATION" && l.RecordCount == 3 && l.LegalObligation.Contains("HMRC", StringComparison.Ordinal));
        Assert.True(certificate.AuditSequence > 0);
        Assert.Equal(64, certificate.AuditHash.Length);
        Assert.Contains("ERASURE CERTIFICATE", certificate.Text, StringComparison.Ordinal);
        var audit = await world.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), world.Officer.Headers);
        Assert.True(audit.Intact);
    }

    [Fact]
    public async Task A_completed_erasure_whose_certificate_was_not_issued_says_so_retryably_and_running_it_again_issues_it()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("hal@example.com", "+447700900012");
        var request = await world.VerifiedAsync(subject, RequestType.Erasure, "hal@example.com");
        Assert.Equal(RequestStatus.Completed, (await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers)).Status);
        // As if the process died between the completion's commit and the certificate's.
        using (var scope = world.Server.App.Services.CreateScope())
        {
            var privacy = scope.ServiceProvider.GetRequiredService<Groupus.Infrastructure.Privacy.PrivacyDbContext>();
            Assert.Equal(1, await privacy.ErasureCertificates.ExecuteDeleteAsync());
        }

        var pending = await RpcFailure.Of(() => world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = request.Id }, world.Officer.Headers));
        Assert.Equal(StatusCode.Unavailable, pending.StatusCode);
        Assert.Equal("ERASURE_CERTIFICATE_BEING_ISSUED", pending.Reason);

        var rerun = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Completed, rerun.Status);
        var certificate = await world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.True(certificate.SubjectKeyDestroyed);
        Assert.True(certificate.AuditSequence > 0);

        var other = await world.VerifiedAsync(await world.EnrolAsync("ida@example.com", "+447700900013"), RequestType.Access, "ida@example.com");
        var noCertificate = await RpcFailure.Of(() => world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = other.Id }, world.Officer.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, noCertificate.StatusCode);
        Assert.Equal("NO_ERASURE_CERTIFICATE", noCertificate.Reason);
    }

    [Fact]
    public async Task Data_a_customer_controls_is_referred_and_the_request_completes_when_the_referral_is_closed()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("gil@example.com", "+447700900007");
        var organisation = Guid.NewGuid();
        world.Providers[1].ProcessorData[Groupus.Contracts.Privacy.SubjectIdentifier.Email("gil@example.com")] = organisation;
        var request = await world.VerifiedAsync(subject, RequestType.Access, "gil@example.com");

        var referred = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Referred, referred.Status);
        Assert.Equal(organisation.ToString(), Assert.Single(referred.Referrals).OrganisationId);

        var closed = await world.Privacy.CloseReferralAsync(
            new CloseReferralRequest { RequestId = request.Id, OrganisationId = organisation.ToString(), Outcome = "customer answered the subject" }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Completed, closed.Status);
    }

    [Fact]
    public async Task An_access_package_follows_its_published_schema_and_downloads_once_with_its_token()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("hal@example.com", "+447700900008");
        var request = await world.VerifiedAsync(subject, RequestType.Access, "hal@example.com");
        var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Completed, done.Status);

        var issued = await world.Privacy.IssueExportDownloadAsync(new IssueExportDownloadRequest { RequestId = request.Id }, world.Officer.Headers);
        var anonymous = new PrivacyService.PrivacyServiceClient(world.Server.Channel);
        using var zipBytes = new MemoryStream();
        using (var call = anonymous.DownloadExport(new DownloadExportRequest { Token = issued.Token }))
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
                call.ResponseStream.Current.Data.WriteTo(zipBytes);
            }
        }

        Assert.Equal(issued.SizeBytes, zipBytes.Length);
        Assert.Equal(issued.Sha256, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(zipBytes.ToArray())).ToLowerInvariant());
        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("data.json", names);
        Assert.Contains("schema.json", names);
        Assert.Contains("index.html", names);
        Assert.Contains("csv/alpha-contact.csv", names);
        Assert.Contains("content/alpha/alpha-0/page-1.txt", names);

        var published = (await anonymous.GetExportSchemaAsync(new GetExportSchemaRequest())).JsonSchema;
        var schema = JsonSchema.FromText(published);
        using var data = await System.Text.Json.JsonDocument.ParseAsync(zip.GetEntry("data.json")!.Open());
        var evaluation = schema.Evaluate(data.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, string.Join("; ", (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        using var html = new StreamReader(zip.GetEntry("index.html")!.Open());
        var page = await html.ReadToEndAsync();
        Assert.Contains("Canary hal@example.com &lt;b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);

        var again = await RpcFailure.OfStream(() => anonymous.DownloadExport(new DownloadExportRequest { Token = issued.Token }));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Equal("DOWNLOAD_TOKEN_SPENT", again.Reason);
        var forged = await RpcFailure.OfStream(() => anonymous.DownloadExport(new DownloadExportRequest { Token = issued.Token[..^2] + "xx" }));
        Assert.Equal(StatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task An_expired_download_token_is_refused()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var world = await RequestWorld.StartAsync(clock: clock);
        var subject = await world.EnrolAsync("ida@example.com", "+447700900009");
        var request = await world.VerifiedAsync(subject, RequestType.Portability, "ida@example.com");
        await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        var issued = await world.Privacy.IssueExportDownloadAsync(new IssueExportDownloadRequest { RequestId = request.Id }, world.Officer.Headers);

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var expired = await RpcFailure.OfStream(() => new PrivacyService.PrivacyServiceClient(world.Server.Channel).DownloadExport(new DownloadExportRequest { Token = issued.Token }));

        Assert.Equal(StatusCode.FailedPrecondition, expired.StatusCode);
        Assert.Equal("DOWNLOAD_TOKEN_EXPIRED", expired.Reason);
    }

    [Fact]
    public async Task A_restriction_is_recorded_in_the_ledger_with_the_purposes_it_stops()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("jo@example.com", "+447700900010");
        var created = await world.Privacy.CreateRequestAsync(
            new CreateRequestRequest { SubjectId = subject.ToString(), Type = RequestType.Objection, Channel = "letter", NamedAs = new SubjectQuery { Email = "jo@example.com" }, Purposes = { "MARKETING" } },
            world.Officer.Headers);
        var code = await world.SendCodeAsync(created.Request.Id);
        await world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = created.Request.Id, Code = code }, world.Officer.Headers);

        var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = created.Request.Id }, world.Officer.Headers);

        Assert.Equal(RequestStatus.Completed, done.Status);
        await using var scope = world.Server.App.Services.CreateAsyncScope();
        var restrictions = scope.ServiceProvider.GetRequiredService<Groupus.Contracts.Privacy.IProcessingRestrictions>();
        Assert.Equal([subject], await restrictions.RestrictedAmongAsync([subject], Groupus.Contracts.Privacy.ProcessingPurpose.Marketing, CancellationToken.None));
        Assert.Empty(await restrictions.RestrictedAmongAsync([subject], Groupus.Contracts.Privacy.ProcessingPurpose.ServiceDelivery, CancellationToken.None));

        var noReason = await RpcFailure.Of(() => world.Privacy.LiftRestrictionAsync(new LiftRestrictionRequest { RequestId = created.Request.Id }, world.Officer.Headers));
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        var lifted = await world.Privacy.LiftRestrictionAsync(
            new LiftRestrictionRequest { RequestId = created.Request.Id, Reason = "subject withdrew the objection" }, world.Officer.Headers);
        Assert.Contains(lifted.History, e => e.What == "restriction-lifted");
        Assert.Empty(await restrictions.RestrictedAmongAsync([subject], Groupus.Contracts.Privacy.ProcessingPurpose.Marketing, CancellationToken.None));
    }

    [Fact]
    public async Task Lifting_a_request_that_placed_no_restriction_is_refused()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("lee@example.com", "+447700900012");
        var access = await world.VerifiedAsync(subject, RequestType.Access, "lee@example.com");

        var refused = await RpcFailure.Of(() => world.Privacy.LiftRestrictionAsync(
            new LiftRestrictionRequest { RequestId = access.Id, Reason = "no reason to keep it" }, world.Officer.Headers));

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
    }
}
