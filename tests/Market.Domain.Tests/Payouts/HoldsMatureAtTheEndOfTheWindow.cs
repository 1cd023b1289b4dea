using Market.Domain.Payouts;

namespace Market.Domain.Tests.Payouts;

public sealed class HoldsMatureAtTheEndOfTheWindow
{
    private static readonly DateTimeOffset Sale = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void ASaleStaysHeldUntilTheInstantItsWindowEnds()
    {
        var credits = new[] { new PendingCredit(Sale, 16_252_000) };

        var before = HoldsMaturity.Decide(16_252_000, credits, Week, Sale.AddDays(7).AddTicks(-1));
        var at = HoldsMaturity.Decide(16_252_000, credits, Week, Sale.AddDays(7));

        before.MaturedMicros.ShouldBe(0);
        before.Held.ShouldHaveSingleItem().ShouldBe(new HeldBatch(Sale.AddDays(7), 16_252_000));
        at.MaturedMicros.ShouldBe(16_252_000);
        at.Held.ShouldBeEmpty();
    }

    [Fact]
    public void OnlyTheMaturedSalesMoveAndEachLaterSaleIsItsOwnBatch()
    {
        var credits = new[] { new PendingCredit(Sale, 100), new PendingCredit(Sale.AddDays(2), 30), new PendingCredit(Sale.AddDays(3), 7) };

        var maturity = HoldsMaturity.Decide(137, credits, Week, Sale.AddDays(8));

        maturity.MaturedMicros.ShouldBe(100);
        maturity.Held.ShouldBe([new HeldBatch(Sale.AddDays(9), 30), new HeldBatch(Sale.AddDays(10), 7)]);
    }

    [Fact]
    public void WhatMaturesIsCappedAtThePendingBalanceARefundDrewOn()
    {
        var credits = new[] { new PendingCredit(Sale, 100), new PendingCredit(Sale.AddDays(5), 50) };

        var maturity = HoldsMaturity.Decide(60, credits, Week, Sale.AddDays(7));

        maturity.MaturedMicros.ShouldBe(10);
        maturity.Held.ShouldHaveSingleItem().AmountMicros.ShouldBe(50);
    }

    [Fact]
    public void ANegativeOrEmptyPendingBalanceMaturesNothing()
    {
        var maturity = HoldsMaturity.Decide(-5, [new PendingCredit(Sale, 100)], Week, Sale.AddDays(1));

        maturity.MaturedMicros.ShouldBe(0);
        maturity.Held.ShouldBeEmpty();
    }

    [Fact]
    public void AHoldOfZeroDaysMaturesEverythingAtOnce() =>
        HoldsMaturity.Decide(42, [new PendingCredit(Sale, 42)], TimeSpan.Zero, Sale).MaturedMicros.ShouldBe(42);
}
