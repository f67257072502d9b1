using FluentValidation;

namespace Groupus.ArchitectureTests.Canaries.Planted.Elsewhere;

/// <summary>Planted: a validator away from the namespace of the command it validates.</summary>
public sealed class CanaryMisplacedValidator : AbstractValidator<CanaryPingCommand>;
