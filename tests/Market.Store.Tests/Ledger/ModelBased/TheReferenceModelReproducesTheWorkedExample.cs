using Market.Domain.Ledger;
using Market.Domain.Money;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>The model is only worth comparing against if it gets the hand-checked figures of DESIGN 2.2–2.4 right on its own.</summary>
public sealed class TheReferenceModelReproducesTheWorkedExample
{
    private readonly WorkedExample _example = new();
    private readonly ReferenceLedger _model = new();

    [Fact]
    public void A_quarter_refund_then_the_rest_reverse_every_part_and_leave_the_fee_as_a_cost()
    {
        _model.Sale("sale:o:l1", _example.Allocator.AllocateSale(_example.Piece, 2_000, PaymentFees.Sandbox(2_000)));

        _model.Refund("sale:o:l1", "refund:a:l1", 500);

        _model.BalanceOf(LedgerAccount.Pending(_example.Creator)).ShouldBe(6_500_800 - 1_625_200);
        _model.BalanceOf(LedgerAccount.PoolFloor(_example.Model)).ShouldBe(2_437_800 - 609_450);
        _model.BalanceOf(LedgerAccount.PaymentFees).ShouldBe(220_000);

        _model.Refund("sale:o:l1", "refund:b:l1", 1_500);

        _model.RefundableMinor("sale:o:l1").ShouldBe(0);
        _example.Artists.Append(_example.Creator).Append(_example.Operator).ShouldAllBe(p => _model.BalancesOf(p) == PartyBalances.Zero);
        _model.BalanceOf(LedgerAccount.PoolFloor(_example.Model)).ShouldBe(0);
        _model.BalanceOf(LedgerAccount.PlatformRevenue).ShouldBe(0);
        _model.BalanceOf(LedgerAccount.PaymentFees).ShouldBe(880_000);
        _model.BalanceOf(LedgerAccount.PlatformCash).ShouldBe(-880_000);
        _model.Transactions.ShouldBe(3);
    }

    [Fact]
    public void A_share_that_has_matured_comes_back_out_of_available()
    {
        _model.Sale("sale:o:l1", _example.Allocator.AllocateSale(_example.Piece, 2_000, PaymentFees.Sandbox(2_000)));
        _model.HoldsMatured("holds:creator", _example.Creator, 6_000_000);

        _model.Refund("sale:o:l1", "refund:a:l1", 2_000);

        _model.BalancesOf(_example.Creator).ShouldBe(PartyBalances.Zero);
        _model.BalancesOf(_example.Operator).ShouldBe(PartyBalances.Zero);
    }
}
