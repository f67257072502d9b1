using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

/// <summary>The privacy officer's commands against a scripted privacy service.</summary>
public sealed class PrivacySpecifications : CliSpecification
{
    private const string SubjectId = "0197a1b2-0000-7000-8000-000000000001";
    private const string RequestId = "0197a1b2-0000-7000-8000-0000000000aa";

    [Fact]
    public async Task Finding_subjects_by_email_sends_only_the_email_and_shows_each_match_with_its_holdings()
    {
        await LoggedInAsAliceAsync();
        Backend.On<FindSubjectsRequest, FindSubjectsResponse>(_ => new FindSubjectsResponse
        {
            Matches =
            {
                new SubjectMatch
                {
                    SubjectId = SubjectId,
                    Holdings = { new Holding { Module = "accounts", RecordType = "marketing subscription", RecordCount = 1, Categories = { "Contact" }, Role = ProcessingRole.Controller } },
                },
            },
            UnenrolledHoldings = { new Holding { Module = "fax", RecordType = "fax job", RecordCount = 3, Role = ProcessingRole.Processor, ControllerOrganisationId = "org-1" } },
        });

        var result = await Cli.RunAsync("privacy", "subjects", "find", "--email", " Ada@Example.com ");

        Assert.Equal(0, result.ExitCode);
        var query = Assert.Single(Backend.RequestsOf<FindSubjectsRequest>()).Query;
        Assert.Equal(("Ada@Example.com", "", "", ""), (query.Email, query.Phone, query.CustomerUserId, query.Name));
        Assert.Contains(SubjectId, result.Output);
        Assert.Contains("marketing subscription", result.Output);
        Assert.Contains("processor for org-1", result.Output);
    }

    [Fact]
    public async Task Finding_subjects_needs_exactly_one_way_of_naming_them_and_calls_nothing_otherwise()
    {
        await LoggedInAsAliceAsync();

        var twoWays = await Cli.RunAsync("privacy", "subjects", "find", "--email", "a@example.com", "--phone", "+442079460000");
        var companyAlone = await Cli.RunAsync("privacy", "subjects", "find", "--company", "Engines Ltd");

        Assert.Equal((2, 2), (twoWays.ExitCode, companyAlone.ExitCode));
        Assert.Contains("exactly one way", twoWays.Error);
        Assert.Empty(Backend.RequestsOf<FindSubjectsRequest>());
    }

    [Fact]
    public async Task A_new_rectification_request_sends_the_type_date_channel_named_contact_and_corrections()
    {
        await LoggedInAsAliceAsync();
        Backend.On<CreateRequestRequest, CreateRequestResponse>(_ => new CreateRequestResponse { Request = Request(RequestStatus.Received) });

        var result = await Cli.RunAsync(
            "privacy", "requests", "new", "--subject", SubjectId, "--type", "rectification", "--received", "2026-11-02", "--channel", "letter",
            "--email", "ada@example.com", "--correct", "name=Ada King", "--correct", "phone=+442079460001", "--notes", "letter scanned");

        Assert.Equal(0, result.ExitCode);
        var sent = Assert.Single(Backend.RequestsOf<CreateRequestRequest>());
        Assert.Equal((SubjectId, RequestType.Rectification, "letter", "ada@example.com"), (sent.SubjectId, sent.Type, sent.Channel, sent.NamedAs.Email));
        Assert.Equal("Ada King", sent.Corrections["name"]);
        Assert.Equal("+442079460001", sent.Corrections["phone"]);
        Assert.Equal(new DateOnly(2026, 11, 2), DateOnly.FromDateTime(sent.ReceivedAt.ToDateTime()));
        Assert.Contains($"Recorded request {RequestId}", result.Output);
    }

    [Fact]
    public async Task A_new_objection_names_its_purposes_as_the_server_spells_them_and_a_duplicate_is_reported_as_linked()
    {
        await LoggedInAsAliceAsync();
        Backend.On<CreateRequestRequest, CreateRequestResponse>(_ => new CreateRequestResponse { Request = Request(RequestStatus.IdentityCheck), DuplicateOfActive = true });

        var result = await Cli.RunAsync("privacy", "requests", "new", "--subject", SubjectId, "--type", "objection", "--phone", "+442079460000", "--purpose", "marketing", "--purpose", "legitimate-interests");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["MARKETING", "LEGITIMATE_INTERESTS"], Assert.Single(Backend.RequestsOf<CreateRequestRequest>()).Purposes);
        Assert.Contains("already exists", result.Output);
        Assert.Contains("not run twice", result.Output);
    }

    [Fact]
    public async Task A_new_request_for_a_subject_the_server_does_not_know_exits_6_with_its_message()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<CreateRequestRequest>(new RpcException(new Status(StatusCode.NotFound, "The data subject was not found.")));

        var result = await Cli.RunAsync("privacy", "requests", "new", "--subject", SubjectId, "--type", "access", "--email", "ada@example.com");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("The data subject was not found.", result.Error);
    }

    [Fact]
    public async Task Listing_overdue_requests_in_two_statuses_follows_every_page_with_all_and_writes_json()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListRequestsRequest, ListRequestsResponse>(request => request.PageToken == ""
            ? new ListRequestsResponse { Requests = { Request(RequestStatus.InProgress) }, NextPageToken = "page-2" }
            : new ListRequestsResponse { Requests = { Request(RequestStatus.Received) } });

        var result = await Cli.RunAsync("privacy", "requests", "list", "--status", "in-progress", "--status", "received", "--overdue", "--all", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var requests = Backend.RequestsOf<ListRequestsRequest>().ToList();
        Assert.Equal(["", "page-2"], requests.Select(r => r.PageToken));
        Assert.All(requests, r => Assert.Equal((DeadlineStanding.Overdue, 2), (r.Standing, r.Statuses.Count)));
        Assert.Equal(2, JsonParser.Default.Parse<ListRequestsResponse>(result.Output).Requests.Count);
    }

    [Fact]
    public async Task Listing_with_two_deadline_filters_is_a_usage_error()
    {
        await LoggedInAsAliceAsync();

        var result = await Cli.RunAsync("privacy", "requests", "list", "--due", "--overdue");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Backend.RequestsOf<ListRequestsRequest>());
    }

    [Fact]
    public async Task Showing_a_request_gives_its_status_deadline_days_left_steps_referrals_and_history()
    {
        await LoggedInAsAliceAsync();
        Backend.On<GetRequestRequest, DataSubjectRequest>(_ =>
        {
            var request = Request(RequestStatus.Referred);
            request.Standing = DeadlineStanding.DueSoon;
            request.DaysRemaining = 4;
            request.Steps.Add(new RequestStep { Module = "visitors", Action = "EXPORT", State = "DONE" });
            request.Referrals.Add(new Referral { OrganisationId = "org-7", Module = "fax", RecordType = "fax job", RecordCount = 2 });
            request.History.Add(new RequestEvent { Actor = "staff:1", What = "extended", Reason = "complex request" });
            return request;
        });

        var result = await Cli.RunAsync("privacy", "requests", "show", RequestId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("referred", result.Output);
        Assert.Contains("due soon, 4 days left", result.Output);
        Assert.Contains("export", result.Output);
        Assert.Contains("org-7", result.Output);
        Assert.Contains("complex request", result.Output);
    }

    [Fact]
    public async Task Verifying_sends_a_code_to_the_named_email_then_checks_the_code_read_back()
    {
        await LoggedInAsAliceAsync();
        Backend.On<SendVerificationCodeRequest, SendVerificationCodeResponse>(_ => new SendVerificationCodeResponse { SentTo = "a***@example.com", AttemptsAllowed = 5, ExpiresAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now.AddMinutes(15)) });
        Backend.On<VerifyIdentityRequest, DataSubjectRequest>(_ => Request(RequestStatus.InProgress));

        var sent = await Cli.RunAsync("privacy", "requests", "verify", RequestId, "--send-to", "email");
        var verified = await Cli.RunAsync("privacy", "requests", "verify", RequestId, "--code", " 123456 ");

        Assert.Equal((0, 0), (sent.ExitCode, verified.ExitCode));
        Assert.Equal(SubjectIdentifierKind.Email, Assert.Single(Backend.RequestsOf<SendVerificationCodeRequest>()).SendTo);
        Assert.Equal("123456", Assert.Single(Backend.RequestsOf<VerifyIdentityRequest>()).Code);
        Assert.Contains("a***@example.com", sent.Output);
        Assert.Contains("Identity verified", verified.Output);
    }

    [Fact]
    public async Task A_wrong_or_expired_code_exits_8_with_the_servers_reason()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<VerifyIdentityRequest>(new RpcException(new Status(StatusCode.FailedPrecondition, "The verification code has expired; send a new one.")));

        var result = await Cli.RunAsync("privacy", "requests", "verify", RequestId, "--code", "123456");

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("has expired", result.Error);
    }

    [Fact]
    public async Task Pause_resume_extend_and_reject_send_the_request_and_reason()
    {
        await LoggedInAsAliceAsync();
        Backend.On<PauseRequestRequest, DataSubjectRequest>(_ => Request(RequestStatus.WaitingForSubject));
        Backend.On<ResumeRequestRequest, DataSubjectRequest>(_ => Request(RequestStatus.InProgress));
        Backend.On<ExtendRequestRequest, DataSubjectRequest>(_ => Request(RequestStatus.InProgress));
        Backend.On<RejectRequestRequest, DataSubjectRequest>(_ => Request(RequestStatus.Rejected));

        var paused = await Cli.RunAsync("privacy", "requests", "pause", RequestId, "--reason", "asked for proof of address");
        var resumed = await Cli.RunAsync("privacy", "requests", "resume", RequestId);
        var extended = await Cli.RunAsync("privacy", "requests", "extend", RequestId, "--days", "30", "--reason", "many records");
        var rejected = await Cli.RunAsync("privacy", "requests", "reject", RequestId, "--reason", "manifestly unfounded");

        Assert.Equal([0, 0, 0, 0], new[] { paused.ExitCode, resumed.ExitCode, extended.ExitCode, rejected.ExitCode });
        Assert.Equal("asked for proof of address", Assert.Single(Backend.RequestsOf<PauseRequestRequest>()).Reason);
        Assert.Equal(RequestId, Assert.Single(Backend.RequestsOf<ResumeRequestRequest>()).RequestId);
        Assert.Equal((30, "many records"), (Backend.RequestsOf<ExtendRequestRequest>().Single().Days, Backend.RequestsOf<ExtendRequestRequest>().Single().Reason));
        Assert.Equal("manifestly unfounded", Assert.Single(Backend.RequestsOf<RejectRequestRequest>()).Reason);
        Assert.Contains("paused", paused.Output);
    }

    [Fact]
    public async Task Lift_sends_the_reason_and_a_refusal_exits_with_the_servers_message()
    {
        await LoggedInAsAliceAsync();
        Backend.On<LiftRestrictionRequest, DataSubjectRequest>(_ => Request(RequestStatus.Completed));

        var lifted = await Cli.RunAsync("privacy", "requests", "lift", RequestId, "--reason", "subject withdrew it");
        Backend.Fail<LiftRestrictionRequest>(new RpcException(new Status(StatusCode.FailedPrecondition, "Only a completed restriction or objection request can be lifted.")));
        var refused = await Cli.RunAsync("privacy", "requests", "lift", RequestId, "--reason", "again");

        Assert.Equal(0, lifted.ExitCode);
        Assert.Contains("restriction lifted", lifted.Output);
        Assert.Equal("subject withdrew it", Backend.RequestsOf<LiftRestrictionRequest>().First().Reason);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Only a completed restriction", refused.Error);
    }

    [Fact]
    public async Task Extending_without_a_reason_or_by_zero_days_is_refused_before_any_call()
    {
        await LoggedInAsAliceAsync();

        var noReason = await Cli.RunAsync("privacy", "requests", "extend", RequestId, "--days", "10");
        var zero = await Cli.RunAsync("privacy", "requests", "extend", RequestId, "--days", "0", "--reason", "x");

        Assert.Equal((2, 2), (noReason.ExitCode, zero.ExitCode));
        Assert.Empty(Backend.RequestsOf<ExtendRequestRequest>());
    }

    [Fact]
    public async Task Running_an_erasure_under_legal_hold_exits_8_and_running_an_access_request_points_to_export()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<RunRequestRequest>(new RpcException(new Status(StatusCode.FailedPrecondition, "A legal hold blocks erasure of this subject.")));
        var held = await Cli.RunAsync("privacy", "requests", "run", RequestId);

        Backend.On<RunRequestRequest, DataSubjectRequest>(_ => Request(RequestStatus.Completed));
        var done = await Cli.RunAsync("privacy", "requests", "run", RequestId);

        Assert.Equal(8, held.ExitCode);
        Assert.Contains("legal hold", held.Error);
        Assert.Equal(0, done.ExitCode);
        Assert.Contains($"groupus privacy requests export {RequestId} --out FILE", done.Output);
    }

    [Fact]
    public async Task Export_downloads_the_package_to_the_file_and_checks_its_size_and_sha256()
    {
        await LoggedInAsAliceAsync();
        var package = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray();
        Backend.On<IssueExportDownloadRequest, IssueExportDownloadResponse>(_ => new IssueExportDownloadResponse
        {
            Token = "single-use", SizeBytes = package.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(package)),
        });
        Backend.On<DownloadExportRequest, IEnumerable<ExportChunk>>(_ =>
        [
            new ExportChunk { Data = ByteString.CopyFrom(package, 0, 40_000), FileName = "export.zip", TotalBytes = package.Length },
            new ExportChunk { Data = ByteString.CopyFrom(package, 40_000, package.Length - 40_000) },
        ]);
        var file = Path.Combine(Cli.ConfigHome, "ada-export.zip");

        var result = await Cli.RunAsync("privacy", "requests", "export", RequestId, "--out", file, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(package, await File.ReadAllBytesAsync(file));
        Assert.Equal("single-use", Assert.Single(Backend.RequestsOf<DownloadExportRequest>()).Token);
        Assert.Contains("\"bytes\": 70000", result.Output);
    }

    [Fact]
    public async Task An_export_whose_bytes_do_not_match_the_announced_sha256_is_not_saved()
    {
        await LoggedInAsAliceAsync();
        Backend.On<IssueExportDownloadRequest, IssueExportDownloadResponse>(_ => new IssueExportDownloadResponse { Token = "t", SizeBytes = 3, Sha256 = new string('0', 64) });
        Backend.On<DownloadExportRequest, IEnumerable<ExportChunk>>(_ => [new ExportChunk { Data = ByteString.CopyFromUtf8("abc") }]);
        var file = Path.Combine(Cli.ConfigHome, "tampered.zip");

        var result = await Cli.RunAsync("privacy", "requests", "export", RequestId, "--out", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not match the SHA-256", result.Error);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(Cli.ConfigHome, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_certificate_lists_each_module_category_and_action()
    {
        await LoggedInAsAliceAsync();
        Backend.On<GetErasureCertificateRequest, ErasureCertificate>(_ => new ErasureCertificate
        {
            RequestId = RequestId,
            SubjectId = SubjectId,
            SubjectKeyDestroyed = true,
            AuditSequence = 42,
            AuditHash = new string('a', 64),
            Lines =
            {
                new ErasureLine { Module = "visitors", RecordType = "visit", Category = "Visitor", Action = "DELETED", RecordCount = 3 },
                new ErasureLine { Module = "billing", RecordType = "invoice", Category = "Financial", Action = "KEPT_UNDER_LEGAL_OBLIGATION", RecordCount = 1, LegalObligation = "6 years (HMRC)" },
            },
        });

        var result = await Cli.RunAsync("privacy", "requests", "certificate", RequestId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("kept under legal obligation", result.Output);
        Assert.Contains("6 years (HMRC)", result.Output);
        Assert.Contains("Subject key destroyed: yes", result.Output);
    }

    [Fact]
    public async Task Holds_are_placed_listed_and_released()
    {
        await LoggedInAsAliceAsync();
        var hold = new LegalHold { Id = "hold-1", SubjectId = SubjectId, Reason = "employment tribunal", Reference = "ET/123", PlacedAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now) };
        Backend.On<PlaceLegalHoldRequest, LegalHold>(_ => hold);
        Backend.On<ListLegalHoldsRequest, ListLegalHoldsResponse>(_ => new ListLegalHoldsResponse { Holds = { hold } });
        Backend.On<ReleaseLegalHoldRequest, LegalHold>(_ => hold);

        var placed = await Cli.RunAsync("privacy", "holds", "place", "--subject", SubjectId, "--reason", "employment tribunal", "--reference", "ET/123");
        var listed = await Cli.RunAsync("privacy", "holds", "list", "--subject", SubjectId, "--include-released");
        var released = await Cli.RunAsync("privacy", "holds", "release", "hold-1", "--reason", "case closed");

        Assert.Equal([0, 0, 0], new[] { placed.ExitCode, listed.ExitCode, released.ExitCode });
        Assert.Equal("ET/123", Assert.Single(Backend.RequestsOf<PlaceLegalHoldRequest>()).Reference);
        Assert.True(Assert.Single(Backend.RequestsOf<ListLegalHoldsRequest>()).IncludeReleased);
        Assert.Equal("case closed", Assert.Single(Backend.RequestsOf<ReleaseLegalHoldRequest>()).Reason);
        Assert.Contains("ET/123", listed.Output);
    }

    [Fact]
    public async Task Ropa_prints_the_csv_or_saves_the_json_to_a_file()
    {
        await LoggedInAsAliceAsync();
        Backend.On<GetRecordsOfProcessingRequest, GetRecordsOfProcessingResponse>(_ => new GetRecordsOfProcessingResponse
        {
            Json = "{\"activities\":[]}", Csv = "module,activity\r\nvisitors,Visitor log\r\n", ActivityCount = 1, FieldCount = 9, JsonSha256 = new string('b', 64),
        });
        var file = Path.Combine(Cli.ConfigHome, "ropa.json");

        var printed = await Cli.RunAsync("privacy", "ropa", "--csv");
        var saved = await Cli.RunAsync("privacy", "ropa", "--out", file);

        Assert.Equal((0, 0), (printed.ExitCode, saved.ExitCode));
        Assert.Contains("visitors,Visitor log", printed.Output);
        Assert.Equal("{\"activities\":[]}", await File.ReadAllTextAsync(file));
        Assert.Contains("9 personal-data fields", saved.Output);
    }

    [Fact]
    public async Task Audit_verify_exits_0_when_intact_and_13_naming_the_broken_row_otherwise()
    {
        await LoggedInAsAliceAsync();
        Backend.On<VerifyAuditLogRequest, VerifyAuditLogResponse>(_ => new VerifyAuditLogResponse { Intact = true, RowsChecked = 12, HeadHash = new string('c', 64) });
        var intact = await Cli.RunAsync("privacy", "audit", "verify");

        Backend.On<VerifyAuditLogRequest, VerifyAuditLogResponse>(_ => new VerifyAuditLogResponse
        {
            Intact = false, RowsChecked = 2, FirstBrokenSequence = 3, Problem = "EDITED", Reason = "row 3's hash does not match its contents",
        });
        var broken = await Cli.RunAsync("privacy", "audit", "verify", "-o", "json");

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("intact: 12 rows checked", intact.Output);
        Assert.Equal(13, broken.ExitCode);
        Assert.Contains("broken at row 3 (edited)", broken.Error);
        Assert.Equal(3, JsonParser.Default.Parse<VerifyAuditLogResponse>(broken.Output).FirstBrokenSequence);
    }

    [Fact]
    public async Task A_member_of_staff_without_the_privacy_role_is_told_so_with_exit_4()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<GetRequestRequest>(new RpcException(new Status(StatusCode.PermissionDenied, "This needs one of the roles: privacy-officer, admin.")));

        var result = await Cli.RunAsync("privacy", "requests", "show", RequestId);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("privacy-officer", result.Error);
    }

    [Fact]
    public async Task Finding_subjects_by_a_shared_phone_shows_each_candidate_with_what_matched_and_asks_for_confirmation()
    {
        await LoggedInAsAliceAsync();
        const string other = "0197a1b2-0000-7000-8000-000000000002";
        Backend.On<FindSubjectsRequest, FindSubjectsResponse>(_ => new FindSubjectsResponse
        {
            Matches =
            {
                new SubjectMatch { SubjectId = SubjectId, MatchedBy = SubjectIdentifierKind.Phone, MatchStrength = "SHARED" },
                new SubjectMatch { SubjectId = other, MatchedBy = SubjectIdentifierKind.Phone, MatchStrength = "SHARED" },
            },
        });

        var result = await Cli.RunAsync("privacy", "subjects", "find", "--phone", "+442079460000");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Subject {SubjectId}: matched by phone (shared", result.Output);
        Assert.Contains($"Subject {other}: matched by phone (shared", result.Output);
        Assert.Contains("--also-subject", result.Output);
    }

    [Fact]
    public async Task A_new_request_sends_every_subject_the_officer_confirmed()
    {
        await LoggedInAsAliceAsync();
        const string visit = "0197a1b2-0000-7000-8000-000000000003";
        Backend.On<CreateRequestRequest, CreateRequestResponse>(_ => new CreateRequestResponse { Request = Request(RequestStatus.Received) });

        var result = await Cli.RunAsync("privacy", "requests", "new", "--subject", SubjectId, "--also-subject", visit, "--type", "erasure", "--email", "ada@example.com");

        Assert.Equal(0, result.ExitCode);
        var sent = Assert.Single(Backend.RequestsOf<CreateRequestRequest>());
        Assert.Equal(SubjectId, sent.SubjectId);
        Assert.Equal([visit], sent.AlsoSubjectIds);
    }

    [Fact]
    public async Task Closing_a_referral_sends_the_organisation_and_outcome_and_points_to_the_certificate()
    {
        await LoggedInAsAliceAsync();
        Backend.On<CloseReferralRequest, DataSubjectRequest>(_ =>
        {
            var request = Request(RequestStatus.Completed);
            request.Type = RequestType.Erasure;
            return request;
        });

        var result = await Cli.RunAsync("privacy", "requests", "referral", "close", RequestId, "--organisation", "org-7", "--outcome", "customer erased it");

        Assert.Equal(0, result.ExitCode);
        var sent = Assert.Single(Backend.RequestsOf<CloseReferralRequest>());
        Assert.Equal((RequestId, "org-7", "customer erased it"), (sent.RequestId, sent.OrganisationId, sent.Outcome));
        Assert.Contains($"groupus privacy requests certificate {RequestId}", result.Output);
    }

    [Fact]
    public async Task A_paused_request_that_missed_its_due_date_shows_as_overdue_with_both_dates()
    {
        await LoggedInAsAliceAsync();
        Backend.On<GetRequestRequest, DataSubjectRequest>(_ =>
        {
            var request = Request(RequestStatus.WaitingForSubject);
            request.Paused = true;
            request.DueAt = null;
            request.Standing = DeadlineStanding.Overdue;
            request.DaysRemaining = -5;
            request.StatutoryDueAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now.AddDays(-5));
            request.MissedDueAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now.AddDays(-5));
            return request;
        });

        var result = await Cli.RunAsync("privacy", "requests", "show", RequestId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("OVERDUE by 5 days (paused)", result.Output);
        Assert.Contains("Statutory due date:", result.Output);
        Assert.Contains("Missed due date:", result.Output);
    }

    private DataSubjectRequest Request(RequestStatus status) => new()
    {
        Id = RequestId,
        SubjectId = SubjectId,
        Type = status == RequestStatus.Completed ? RequestType.Access : RequestType.Rectification,
        Status = status,
        ReceivedAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now.AddDays(-3)),
        DueAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now.AddDays(42)),
        Standing = status is RequestStatus.Completed or RequestStatus.Rejected ? DeadlineStanding.Closed : DeadlineStanding.Due,
        DaysRemaining = 42,
        RejectionReason = status == RequestStatus.Rejected ? "manifestly unfounded" : "",
    };
}
