using Groupus.Domain.Common;
using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Groupus.Api.Hosting;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge;

/// <summary>
/// Calls every RPC of every Groupus service anonymously and with a token for each staff role, and checks the
/// outcome against the access policy written down here. A new RPC fails this test until its policy is added.
/// </summary>
public sealed class EveryRpcDeclaresItsPolicyTests
{
    private static readonly string[] Anonymous = ["(anonymous)"];
    private static readonly string[] AnyStaff = [.. StaffRole.All];
    private static readonly string[] NoStaff = [];

    private static readonly Dictionary<string, string[]> Policy = new()
    {
        ["groupus.auth.v1.AuthService/Login"] = Anonymous,
        ["groupus.auth.v1.AuthService/ChangePassword"] = AnyStaff,
        ["groupus.auth.v1.AuthService/LoginCustomer"] = Anonymous,
        ["groupus.auth.v1.AuthService/ResetPassword"] = Anonymous,
        ["groupus.auth.v1.AuthService/AuthenticateGateway"] = Anonymous,
        ["groupus.accounts.v1.OrganisationService/RegisterOrganisation"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.OrganisationService/GetOrganisation"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.OrganisationService/ListOrganisations"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.OrganisationService/UpdateOrganisation"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.OrganisationService/ChangeOrganisationStatus"] = [StaffRole.Admin, StaffRole.Billing],
        ["groupus.accounts.v1.CustomerUserService/CreateCustomerUser"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.CustomerUserService/ListCustomerUsers"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.CustomerUserService/UpdateCustomerUser"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.CustomerUserService/IssuePasswordResetToken"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.CustomerUserService/UnlockCustomerUser"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.GatewayCredentialService/IssueGatewayCredential"] = [StaffRole.Admin],
        ["groupus.accounts.v1.GatewayCredentialService/RevokeGatewayCredential"] = [StaffRole.Admin],
        ["groupus.accounts.v1.GatewayCredentialService/ListGatewayCredentials"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.accounts.v1.NumberService/AssignNumber"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/AssignNumberRange"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/ListNumbers"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.NumberService/GetNumber"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.NumberService/ReleaseNumber"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/ChangeNumberPurpose"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/SetEmergencyAddress"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/SubmitEmergencyAddress"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/RecordEmergencyAddressOutcome"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.NumberService/ActivateNumber"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.ServiceConfigurationService/GetServiceConfiguration"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.ServiceConfigurationService/ListServiceConfigurationVersions"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.ServiceConfigurationService/SaveServiceConfiguration"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.gateway.v1.GatewayLinkService/Hello"] = NoStaff,
        ["groupus.gateway.v1.GatewayLinkService/Connect"] = NoStaff,
        ["groupus.gateway.v1.GatewayLinkService/FetchJobDocument"] = NoStaff,
        ["groupus.gateway.v1.GatewayLinkService/UploadReceivedFax"] = NoStaff,
        ["groupus.fax.v1.FaxService/SubmitFax"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.fax.v1.FaxService/UploadFax"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.fax.v1.FaxService/GetFaxJob"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/WatchFaxJob"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/ListFaxJobs"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/CancelFaxJob"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.fax.v1.FaxService/ResendFaxJob"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.fax.v1.FaxService/DownloadFaxJob"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/ListReceivedFaxes"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/GetReceivedFax"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/DownloadReceivedFax"] = [StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support],
        ["groupus.fax.v1.FaxService/ListUnroutedFaxes"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.fax.v1.FaxService/RouteReceivedFax"] = [StaffRole.Admin, StaffRole.FaxOperator],
        ["groupus.auth.v1.SignInAuditService/ListSignInEvents"] = [StaffRole.Admin],
        ["groupus.accounts.v1.ProspectService/SubmitEnquiry"] = Anonymous,
        ["groupus.accounts.v1.ProspectService/RecordEnquiry"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.ProspectService/ListProspects"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.ProspectService/GetProspect"] = [StaffRole.Admin, StaffRole.Support, StaffRole.Billing],
        ["groupus.accounts.v1.ProspectService/FollowUpProspect"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.MarketingService/Subscribe"] = Anonymous,
        ["groupus.accounts.v1.MarketingService/RecordConsent"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.MarketingService/Unsubscribe"] = Anonymous,
        ["groupus.accounts.v1.MarketingService/RecordWithdrawal"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.MarketingService/GetSubscription"] = [StaffRole.Admin, StaffRole.Support, StaffRole.PrivacyOfficer],
        ["groupus.accounts.v1.MarketingService/SelectMarketingAudience"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.MarketingService/SendMarketingMessage"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.accounts.v1.MarketingService/ExportConsentEvidence"] = [StaffRole.Admin, StaffRole.PrivacyOfficer],
        ["groupus.accounts.v1.ResellerService/AddReseller"] = [StaffRole.Admin, StaffRole.Billing],
        ["groupus.accounts.v1.ResellerService/UpdateReseller"] = [StaffRole.Admin, StaffRole.Billing],
        ["groupus.accounts.v1.ResellerService/ListResellers"] = [StaffRole.Admin, StaffRole.Billing],
        ["groupus.accounts.v1.ResellerService/GetReseller"] = [StaffRole.Admin, StaffRole.Billing],
        ["groupus.auth.v1.StaffService/CreateStaffMember"] = [StaffRole.Admin],
        ["groupus.auth.v1.StaffService/ListStaff"] = [StaffRole.Admin, StaffRole.Reception],
        ["groupus.auth.v1.StaffService/UnlockStaffMember"] = [StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/PreRegisterVisitor"] = [StaffRole.Reception, StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/ListExpectedVisitors"] = [StaffRole.Reception, StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/SignInVisitor"] = [StaffRole.Reception, StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/SignOutVisitor"] = [StaffRole.Reception, StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/ListOnSite"] = [StaffRole.Reception, StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/RollCall"] = [StaffRole.Reception, StaffRole.Admin],
        ["groupus.visitors.v1.VisitorService/SearchVisitHistory"] = [StaffRole.Reception, StaffRole.Admin, StaffRole.PrivacyOfficer],
        ["groupus.visitors.v1.VisitorService/ListRetentionRuns"] = [StaffRole.Admin, StaffRole.PrivacyOfficer],
        ["groupus.communications.v1.NotificationService/ListMyNotifications"] = AnyStaff,
        ["groupus.communications.v1.MailService/ListMail"] = [StaffRole.Admin, StaffRole.Support],
        ["groupus.privacy.v1.PrivacyService/GetRecordsOfProcessing"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/VerifyAuditLog"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/FindSubjects"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/CreateRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/GetRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/ListRequests"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/SendVerificationCode"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/VerifyIdentity"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/PauseRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/ResumeRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/ExtendRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/RejectRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/RunRequest"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/CloseReferral"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/IssueExportDownload"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/GetErasureCertificate"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/PlaceLegalHold"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/ReleaseLegalHold"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/LiftRestriction"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/ListLegalHolds"] = [StaffRole.PrivacyOfficer, StaffRole.Admin],
        ["groupus.privacy.v1.PrivacyService/DownloadExport"] = Anonymous,
        ["groupus.privacy.v1.PrivacyService/GetExportSchema"] = Anonymous,
    };

    public static bool IsAnonymous(MethodDescriptor rpc) => Policy[$"{rpc.Service.FullName}/{rpc.Name}"] == Anonymous;

    public static IEnumerable<MethodDescriptor> AllRpcs() =>
        typeof(GroupusServer).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Groupus.Api.Grpc.", StringComparison.Ordinal) == true)
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(ServiceDescriptor))
            .SelectMany(p => ((ServiceDescriptor)p!.GetValue(null)!).Methods);

    [Fact]
    public void Every_rpc_has_a_policy_written_down()
    {
        var rpcs = AllRpcs().Select(m => $"{m.Service.FullName}/{m.Name}").ToList();
        Assert.True(rpcs.Count >= Policy.Count, "The reflection found fewer RPCs than the policy lists.");
        Assert.Empty(rpcs.Except(Policy.Keys));
        Assert.Empty(Policy.Keys.Except(rpcs));
    }

    [Fact]
    public async Task Anonymous_callers_get_unauthenticated_and_wrong_roles_get_permission_denied_on_every_rpc()
    {
        await using var server = await TestServer.StartAsync();
        var sessions = new Dictionary<string, StaffSession>();
        foreach (var role in StaffRole.All)
        {
            sessions[role] = await server.StaffAsync($"only-{role}", role);
        }

        var invoker = server.Channel.CreateCallInvoker();
        var outcomes = new List<string>();
        foreach (var rpc in AllRpcs())
        {
            var name = $"{rpc.Service.FullName}/{rpc.Name}";
            var allowed = Policy[name];
            var anonymous = await CallAsync(invoker, rpc, new Metadata());
            if (allowed != Anonymous && anonymous != StatusCode.Unauthenticated)
            {
                outcomes.Add($"{name} anonymous: {anonymous}");
            }

            foreach (var (role, session) in sessions)
            {
                var status = await CallAsync(invoker, rpc, session.Headers);
                var permitted = allowed == Anonymous || allowed.Contains(role);
                if (permitted == status is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
                {
                    outcomes.Add($"{name} as {role}: {status}");
                }
            }
        }

        Assert.True(outcomes.Count == 0, string.Join("\n", outcomes));
    }

    private static async Task<StatusCode> CallAsync(CallInvoker invoker, MethodDescriptor rpc, Metadata headers) =>
        (await RpcCalls.CallAsync(invoker, rpc, RpcCalls.EmptyRequest(rpc), headers)).Status;
}
