using System.Buffers.Text;
using System.Security.Cryptography;
using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.Gateways.IssueGatewayCredential;

public sealed class IssueGatewayCredentialHandler(IGatewayCredentialRepository credentials, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<IssueGatewayCredentialCommand, Result<IssuedGatewayCredential>>
{
    public ValueTask<Result<IssuedGatewayCredential>> Handle(IssueGatewayCredentialCommand command, CancellationToken cancellationToken)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var credential = GatewayCredential.Issue(command.Name, hasher.Hash(secret), clock.GetUtcNow().UtcDateTime);
        credentials.Add(credential);
        return ValueTask.FromResult<Result<IssuedGatewayCredential>>(new IssuedGatewayCredential(GatewayCredentialDto.From(credential), secret));
    }
}
