namespace Market.Payments.Sandbox;

/// <summary>Where a sandbox checkout stands.</summary>
public enum SandboxSessionStatus
{
    /// <summary>Waiting for the buyer.</summary>
    Open,

    /// <summary>Paid; <c>checkout.session.completed</c> was emitted. Refunds do not change it.</summary>
    Paid,

    /// <summary>The buyer left the checkout; it cannot be paid until the order is checked out again.</summary>
    Canceled,
}
