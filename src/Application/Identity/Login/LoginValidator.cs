using Groupus.Application.Identity.Passwords;

namespace Groupus.Application.Identity.Login;

public sealed class LoginValidator(ICommonPasswordList commonPasswords) : PasswordLoginValidator<LoginCommand>(commonPasswords);
