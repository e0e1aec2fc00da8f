/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.perenne.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage
 * @generated
 */
public class PerenneAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PerennePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PerenneAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PerennePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerenneSwitch<Adapter> modelSwitch =
		new PerenneSwitch<Adapter>() {
			@Override
			public Adapter caseElement(Element object) {
				return createElementAdapter();
			}
			@Override
			public Adapter caseCostLine(CostLine object) {
				return createCostLineAdapter();
			}
			@Override
			public Adapter caseIndexed(Indexed object) {
				return createIndexedAdapter();
			}
			@Override
			public Adapter caseCanvas(Canvas object) {
				return createCanvasAdapter();
			}
			@Override
			public Adapter caseCanvasBlock(CanvasBlock object) {
				return createCanvasBlockAdapter();
			}
			@Override
			public Adapter caseCommunityBlock(CommunityBlock object) {
				return createCommunityBlockAdapter();
			}
			@Override
			public Adapter caseOffersBlock(OffersBlock object) {
				return createOffersBlockAdapter();
			}
			@Override
			public Adapter caseSpacesBlock(SpacesBlock object) {
				return createSpacesBlockAdapter();
			}
			@Override
			public Adapter caseTeamBlock(TeamBlock object) {
				return createTeamBlockAdapter();
			}
			@Override
			public Adapter casePartnersBlock(PartnersBlock object) {
				return createPartnersBlockAdapter();
			}
			@Override
			public Adapter caseIncomeBlock(IncomeBlock object) {
				return createIncomeBlockAdapter();
			}
			@Override
			public Adapter caseFundingBlock(FundingBlock object) {
				return createFundingBlockAdapter();
			}
			@Override
			public Adapter caseCostsBlock(CostsBlock object) {
				return createCostsBlockAdapter();
			}
			@Override
			public Adapter caseImpactBlock(ImpactBlock object) {
				return createImpactBlockAdapter();
			}
			@Override
			public Adapter caseSegment(Segment object) {
				return createSegmentAdapter();
			}
			@Override
			public Adapter caseOffer(Offer object) {
				return createOfferAdapter();
			}
			@Override
			public Adapter caseVolumeOffer(VolumeOffer object) {
				return createVolumeOfferAdapter();
			}
			@Override
			public Adapter caseMembershipTier(MembershipTier object) {
				return createMembershipTierAdapter();
			}
			@Override
			public Adapter caseDropIn(DropIn object) {
				return createDropInAdapter();
			}
			@Override
			public Adapter caseRoomRental(RoomRental object) {
				return createRoomRentalAdapter();
			}
			@Override
			public Adapter caseService(Service object) {
				return createServiceAdapter();
			}
			@Override
			public Adapter casePriceLadder(PriceLadder object) {
				return createPriceLadderAdapter();
			}
			@Override
			public Adapter caseRoom(Room object) {
				return createRoomAdapter();
			}
			@Override
			public Adapter caseOpeningSlot(OpeningSlot object) {
				return createOpeningSlotAdapter();
			}
			@Override
			public Adapter caseStaffMember(StaffMember object) {
				return createStaffMemberAdapter();
			}
			@Override
			public Adapter caseVolunteering(Volunteering object) {
				return createVolunteeringAdapter();
			}
			@Override
			public Adapter caseFunder(Funder object) {
				return createFunderAdapter();
			}
			@Override
			public Adapter caseGrant(Grant object) {
				return createGrantAdapter();
			}
			@Override
			public Adapter caseReimbursementGrant(ReimbursementGrant object) {
				return createReimbursementGrantAdapter();
			}
			@Override
			public Adapter caseLoan(Loan object) {
				return createLoanAdapter();
			}
			@Override
			public Adapter caseFixedCost(FixedCost object) {
				return createFixedCostAdapter();
			}
			@Override
			public Adapter caseInvestment(Investment object) {
				return createInvestmentAdapter();
			}
			@Override
			public Adapter caseImpactIndicator(ImpactIndicator object) {
				return createImpactIndicatorAdapter();
			}
			@Override
			public Adapter caseSeasonalityProfile(SeasonalityProfile object) {
				return createSeasonalityProfileAdapter();
			}
			@Override
			public Adapter caseDistribution(Distribution object) {
				return createDistributionAdapter();
			}
			@Override
			public Adapter caseEstimate(Estimate object) {
				return createEstimateAdapter();
			}
			@Override
			public Adapter caseDriver(Driver object) {
				return createDriverAdapter();
			}
			@Override
			public Adapter caseUncertainty(Uncertainty object) {
				return createUncertaintyAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseScenarioOverride(ScenarioOverride object) {
				return createScenarioOverrideAdapter();
			}
			@Override
			public Adapter caseActivity(Activity object) {
				return createActivityAdapter();
			}
			@Override
			public Adapter caseSpacePlanSettings(SpacePlanSettings object) {
				return createSpacePlanSettingsAdapter();
			}
			@Override
			public Adapter caseActualAccounts(ActualAccounts object) {
				return createActualAccountsAdapter();
			}
			@Override
			public Adapter caseAccountBalance(AccountBalance object) {
				return createAccountBalanceAdapter();
			}
			@Override
			public Adapter caseCashBalance(CashBalance object) {
				return createCashBalanceAdapter();
			}
			@Override
			public Adapter caseAccountMapping(AccountMapping object) {
				return createAccountMappingAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.CostLine <em>Cost Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.CostLine
	 * @generated
	 */
	public Adapter createCostLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Indexed <em>Indexed</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Indexed
	 * @generated
	 */
	public Adapter createIndexedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Canvas <em>Canvas</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Canvas
	 * @generated
	 */
	public Adapter createCanvasAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.CanvasBlock <em>Canvas Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.CanvasBlock
	 * @generated
	 */
	public Adapter createCanvasBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.CommunityBlock <em>Community Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.CommunityBlock
	 * @generated
	 */
	public Adapter createCommunityBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.OffersBlock <em>Offers Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.OffersBlock
	 * @generated
	 */
	public Adapter createOffersBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.SpacesBlock <em>Spaces Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.SpacesBlock
	 * @generated
	 */
	public Adapter createSpacesBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.TeamBlock <em>Team Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.TeamBlock
	 * @generated
	 */
	public Adapter createTeamBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.PartnersBlock <em>Partners Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.PartnersBlock
	 * @generated
	 */
	public Adapter createPartnersBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.IncomeBlock <em>Income Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.IncomeBlock
	 * @generated
	 */
	public Adapter createIncomeBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.FundingBlock <em>Funding Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.FundingBlock
	 * @generated
	 */
	public Adapter createFundingBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.CostsBlock <em>Costs Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.CostsBlock
	 * @generated
	 */
	public Adapter createCostsBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.ImpactBlock <em>Impact Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.ImpactBlock
	 * @generated
	 */
	public Adapter createImpactBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Segment
	 * @generated
	 */
	public Adapter createSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Offer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Offer
	 * @generated
	 */
	public Adapter createOfferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.VolumeOffer <em>Volume Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.VolumeOffer
	 * @generated
	 */
	public Adapter createVolumeOfferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.MembershipTier <em>Membership Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.MembershipTier
	 * @generated
	 */
	public Adapter createMembershipTierAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.DropIn <em>Drop In</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.DropIn
	 * @generated
	 */
	public Adapter createDropInAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.RoomRental <em>Room Rental</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.RoomRental
	 * @generated
	 */
	public Adapter createRoomRentalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Service
	 * @generated
	 */
	public Adapter createServiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.PriceLadder <em>Price Ladder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.PriceLadder
	 * @generated
	 */
	public Adapter createPriceLadderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Room <em>Room</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Room
	 * @generated
	 */
	public Adapter createRoomAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.OpeningSlot <em>Opening Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.OpeningSlot
	 * @generated
	 */
	public Adapter createOpeningSlotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.StaffMember <em>Staff Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.StaffMember
	 * @generated
	 */
	public Adapter createStaffMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Volunteering <em>Volunteering</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Volunteering
	 * @generated
	 */
	public Adapter createVolunteeringAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Funder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Funder
	 * @generated
	 */
	public Adapter createFunderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Grant <em>Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Grant
	 * @generated
	 */
	public Adapter createGrantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.ReimbursementGrant <em>Reimbursement Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.ReimbursementGrant
	 * @generated
	 */
	public Adapter createReimbursementGrantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Loan <em>Loan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Loan
	 * @generated
	 */
	public Adapter createLoanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.FixedCost <em>Fixed Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.FixedCost
	 * @generated
	 */
	public Adapter createFixedCostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Investment <em>Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Investment
	 * @generated
	 */
	public Adapter createInvestmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.ImpactIndicator <em>Impact Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.ImpactIndicator
	 * @generated
	 */
	public Adapter createImpactIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.SeasonalityProfile <em>Seasonality Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.SeasonalityProfile
	 * @generated
	 */
	public Adapter createSeasonalityProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Distribution
	 * @generated
	 */
	public Adapter createDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Estimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Estimate
	 * @generated
	 */
	public Adapter createEstimateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Driver
	 * @generated
	 */
	public Adapter createDriverAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Uncertainty <em>Uncertainty</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Uncertainty
	 * @generated
	 */
	public Adapter createUncertaintyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.ScenarioOverride <em>Scenario Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.ScenarioOverride
	 * @generated
	 */
	public Adapter createScenarioOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.Activity
	 * @generated
	 */
	public Adapter createActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.SpacePlanSettings <em>Space Plan Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.SpacePlanSettings
	 * @generated
	 */
	public Adapter createSpacePlanSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.ActualAccounts <em>Actual Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.ActualAccounts
	 * @generated
	 */
	public Adapter createActualAccountsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.AccountBalance <em>Account Balance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.AccountBalance
	 * @generated
	 */
	public Adapter createAccountBalanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.CashBalance <em>Cash Balance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.CashBalance
	 * @generated
	 */
	public Adapter createCashBalanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.perenne.model.AccountMapping <em>Account Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.perenne.model.AccountMapping
	 * @generated
	 */
	public Adapter createAccountMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //PerenneAdapterFactory
