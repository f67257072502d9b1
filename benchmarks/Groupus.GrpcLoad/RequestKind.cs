namespace Groupus.GrpcLoad;

internal enum RequestKind
{
    /// <summary>A walk-in <c>SignInVisitorRequest</c>, a different visitor and badge each time.</summary>
    SignIn,

    /// <summary>An echo request of exactly the sign-in's size, different each time.</summary>
    Echo,
}
