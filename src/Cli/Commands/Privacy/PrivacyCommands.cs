using System.CommandLine;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>groupus privacy: the privacy officer's tools.</summary>
internal static class PrivacyCommands
{
    public static Command Build(CommandRunner runner) => new("privacy", "Data-subject requests, legal holds, records of processing and the audit log (privacy-officer, admin)")
    {
        new Command("subjects", "People as the privacy register knows them") { new FindSubjectsCommand(runner) },
        new Command("requests", "Data-subject requests and their 45-day deadlines")
        {
            new NewRequestCommand(runner),
            new ListRequestsCommand(runner),
            new ShowRequestCommand(runner),
            new VerifyRequestCommand(runner),
            new PauseRequestCommand(runner),
            new ResumeRequestCommand(runner),
            new ExtendRequestCommand(runner),
            new RejectRequestCommand(runner),
            new LiftRestrictionCommand(runner),
            new RunRequestCommand(runner),
            new ExportRequestCommand(runner),
            new CertificateCommand(runner),
            new ReferralCommands(runner),
        },
        new HoldCommands(runner),
        new RopaCommand(runner),
        new Command("audit", "The hash-chained privacy audit log") { new AuditVerifyCommand(runner) },
    };
}
