using Grpc.Core;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Visitors.V1;

namespace Groupus.Cli.Tests.Fakes;

public sealed class FakeAuthService(FakeBackend backend) : AuthService.AuthServiceBase
{
    public override Task<LoginResponse> Login(LoginRequest request, ServerCallContext context) =>
        backend.Answer<LoginRequest, LoginResponse>(request, context);

    public override Task<ChangePasswordResponse> ChangePassword(ChangePasswordRequest request, ServerCallContext context) =>
        backend.Answer<ChangePasswordRequest, ChangePasswordResponse>(request, context);
}

public sealed class FakeStaffService(FakeBackend backend) : StaffService.StaffServiceBase
{
    public override Task<StaffMember> CreateStaffMember(CreateStaffMemberRequest request, ServerCallContext context) =>
        backend.Answer<CreateStaffMemberRequest, StaffMember>(request, context);

    public override Task<ListStaffResponse> ListStaff(ListStaffRequest request, ServerCallContext context) =>
        backend.Answer<ListStaffRequest, ListStaffResponse>(request, context);

    public override Task<StaffMember> UnlockStaffMember(UnlockStaffMemberRequest request, ServerCallContext context) =>
        backend.Answer<UnlockStaffMemberRequest, StaffMember>(request, context);
}

public sealed class FakeVisitorService(FakeBackend backend) : VisitorService.VisitorServiceBase
{
    public override Task<Visit> PreRegisterVisitor(PreRegisterVisitorRequest request, ServerCallContext context) =>
        backend.Answer<PreRegisterVisitorRequest, Visit>(request, context);

    public override Task<ListVisitsResponse> ListExpectedVisitors(ListExpectedVisitorsRequest request, ServerCallContext context) =>
        backend.Answer<ListExpectedVisitorsRequest, ListVisitsResponse>(request, context);

    public override Task<Visit> SignInVisitor(SignInVisitorRequest request, ServerCallContext context) =>
        backend.Answer<SignInVisitorRequest, Visit>(request, context);

    public override Task<Visit> SignOutVisitor(SignOutVisitorRequest request, ServerCallContext context) =>
        backend.Answer<SignOutVisitorRequest, Visit>(request, context);

    public override Task<ListVisitsResponse> ListOnSite(ListOnSiteRequest request, ServerCallContext context) =>
        backend.Answer<ListOnSiteRequest, ListVisitsResponse>(request, context);

    public override Task RollCall(RollCallRequest request, IServerStreamWriter<RollCallEntry> responseStream, ServerCallContext context) =>
        backend.Stream(request, responseStream, context);

    public override Task<ListVisitsResponse> SearchVisitHistory(SearchVisitHistoryRequest request, ServerCallContext context) =>
        backend.Answer<SearchVisitHistoryRequest, ListVisitsResponse>(request, context);

    public override Task<ListRetentionRunsResponse> ListRetentionRuns(ListRetentionRunsRequest request, ServerCallContext context) =>
        backend.Answer<ListRetentionRunsRequest, ListRetentionRunsResponse>(request, context);
}

public sealed class FakeNotificationService(FakeBackend backend) : NotificationService.NotificationServiceBase
{
    public override Task<ListMyNotificationsResponse> ListMyNotifications(ListMyNotificationsRequest request, ServerCallContext context) =>
        backend.Answer<ListMyNotificationsRequest, ListMyNotificationsResponse>(request, context);
}

public sealed class FakeMailService(FakeBackend backend) : MailService.MailServiceBase
{
    public override Task<ListMailResponse> ListMail(ListMailRequest request, ServerCallContext context) =>
        backend.Answer<ListMailRequest, ListMailResponse>(request, context);
}
