using Groupus.Application.Accounts.Passwords;

namespace Groupus.Application.Accounts.CustomerUsers.CustomerLogin;

public sealed class CustomerLoginValidator(ICommonPasswordList commonPasswords) : PasswordLoginValidator<CustomerLoginCommand>(commonPasswords);
