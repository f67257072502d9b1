using Groupus.Application.Accounts.Passwords;

namespace Groupus.Application.Accounts.Login;

public sealed class LoginValidator(ICommonPasswordList commonPasswords) : PasswordLoginValidator<LoginCommand>(commonPasswords);
