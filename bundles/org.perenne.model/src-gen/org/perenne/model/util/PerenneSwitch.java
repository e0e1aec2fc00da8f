/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.perenne.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage
 * @generated
 */
public class PerenneSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PerennePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PerenneSwitch() {
		if (modelPackage == null) {
			modelPackage = PerennePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case PerennePackage.ELEMENT: {
				Element element = (Element)theEObject;
				T result = caseElement(element);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.COST_LINE: {
				CostLine costLine = (CostLine)theEObject;
				T result = caseCostLine(costLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.INDEXED: {
				Indexed indexed = (Indexed)theEObject;
				T result = caseIndexed(indexed);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.CANVAS: {
				Canvas canvas = (Canvas)theEObject;
				T result = caseCanvas(canvas);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.CANVAS_BLOCK: {
				CanvasBlock canvasBlock = (CanvasBlock)theEObject;
				T result = caseCanvasBlock(canvasBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.COMMUNITY_BLOCK: {
				CommunityBlock communityBlock = (CommunityBlock)theEObject;
				T result = caseCommunityBlock(communityBlock);
				if (result == null) result = caseCanvasBlock(communityBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.OFFERS_BLOCK: {
				OffersBlock offersBlock = (OffersBlock)theEObject;
				T result = caseOffersBlock(offersBlock);
				if (result == null) result = caseCanvasBlock(offersBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SPACES_BLOCK: {
				SpacesBlock spacesBlock = (SpacesBlock)theEObject;
				T result = caseSpacesBlock(spacesBlock);
				if (result == null) result = caseCanvasBlock(spacesBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.TEAM_BLOCK: {
				TeamBlock teamBlock = (TeamBlock)theEObject;
				T result = caseTeamBlock(teamBlock);
				if (result == null) result = caseCanvasBlock(teamBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.PARTNERS_BLOCK: {
				PartnersBlock partnersBlock = (PartnersBlock)theEObject;
				T result = casePartnersBlock(partnersBlock);
				if (result == null) result = caseCanvasBlock(partnersBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.INCOME_BLOCK: {
				IncomeBlock incomeBlock = (IncomeBlock)theEObject;
				T result = caseIncomeBlock(incomeBlock);
				if (result == null) result = caseCanvasBlock(incomeBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.FUNDING_BLOCK: {
				FundingBlock fundingBlock = (FundingBlock)theEObject;
				T result = caseFundingBlock(fundingBlock);
				if (result == null) result = caseCanvasBlock(fundingBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.COSTS_BLOCK: {
				CostsBlock costsBlock = (CostsBlock)theEObject;
				T result = caseCostsBlock(costsBlock);
				if (result == null) result = caseCanvasBlock(costsBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.IMPACT_BLOCK: {
				ImpactBlock impactBlock = (ImpactBlock)theEObject;
				T result = caseImpactBlock(impactBlock);
				if (result == null) result = caseCanvasBlock(impactBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SEGMENT: {
				Segment segment = (Segment)theEObject;
				T result = caseSegment(segment);
				if (result == null) result = caseElement(segment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.OFFER: {
				Offer offer = (Offer)theEObject;
				T result = caseOffer(offer);
				if (result == null) result = caseElement(offer);
				if (result == null) result = caseIndexed(offer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.VOLUME_OFFER: {
				VolumeOffer volumeOffer = (VolumeOffer)theEObject;
				T result = caseVolumeOffer(volumeOffer);
				if (result == null) result = caseOffer(volumeOffer);
				if (result == null) result = caseElement(volumeOffer);
				if (result == null) result = caseIndexed(volumeOffer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.MEMBERSHIP_TIER: {
				MembershipTier membershipTier = (MembershipTier)theEObject;
				T result = caseMembershipTier(membershipTier);
				if (result == null) result = caseOffer(membershipTier);
				if (result == null) result = caseElement(membershipTier);
				if (result == null) result = caseIndexed(membershipTier);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.DROP_IN: {
				DropIn dropIn = (DropIn)theEObject;
				T result = caseDropIn(dropIn);
				if (result == null) result = caseVolumeOffer(dropIn);
				if (result == null) result = caseOffer(dropIn);
				if (result == null) result = caseElement(dropIn);
				if (result == null) result = caseIndexed(dropIn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ROOM_RENTAL: {
				RoomRental roomRental = (RoomRental)theEObject;
				T result = caseRoomRental(roomRental);
				if (result == null) result = caseVolumeOffer(roomRental);
				if (result == null) result = caseOffer(roomRental);
				if (result == null) result = caseElement(roomRental);
				if (result == null) result = caseIndexed(roomRental);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SERVICE: {
				Service service = (Service)theEObject;
				T result = caseService(service);
				if (result == null) result = caseVolumeOffer(service);
				if (result == null) result = caseOffer(service);
				if (result == null) result = caseElement(service);
				if (result == null) result = caseIndexed(service);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.PRICE_LADDER: {
				PriceLadder priceLadder = (PriceLadder)theEObject;
				T result = casePriceLadder(priceLadder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ROOM: {
				Room room = (Room)theEObject;
				T result = caseRoom(room);
				if (result == null) result = caseElement(room);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.OPENING_SLOT: {
				OpeningSlot openingSlot = (OpeningSlot)theEObject;
				T result = caseOpeningSlot(openingSlot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.STAFF_MEMBER: {
				StaffMember staffMember = (StaffMember)theEObject;
				T result = caseStaffMember(staffMember);
				if (result == null) result = caseElement(staffMember);
				if (result == null) result = caseCostLine(staffMember);
				if (result == null) result = caseIndexed(staffMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.VOLUNTEERING: {
				Volunteering volunteering = (Volunteering)theEObject;
				T result = caseVolunteering(volunteering);
				if (result == null) result = caseElement(volunteering);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.FUNDER: {
				Funder funder = (Funder)theEObject;
				T result = caseFunder(funder);
				if (result == null) result = caseElement(funder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.GRANT: {
				Grant grant = (Grant)theEObject;
				T result = caseGrant(grant);
				if (result == null) result = caseElement(grant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.REIMBURSEMENT_GRANT: {
				ReimbursementGrant reimbursementGrant = (ReimbursementGrant)theEObject;
				T result = caseReimbursementGrant(reimbursementGrant);
				if (result == null) result = caseElement(reimbursementGrant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.LOAN: {
				Loan loan = (Loan)theEObject;
				T result = caseLoan(loan);
				if (result == null) result = caseElement(loan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.FIXED_COST: {
				FixedCost fixedCost = (FixedCost)theEObject;
				T result = caseFixedCost(fixedCost);
				if (result == null) result = caseElement(fixedCost);
				if (result == null) result = caseCostLine(fixedCost);
				if (result == null) result = caseIndexed(fixedCost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.INVESTMENT: {
				Investment investment = (Investment)theEObject;
				T result = caseInvestment(investment);
				if (result == null) result = caseElement(investment);
				if (result == null) result = caseCostLine(investment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.IMPACT_INDICATOR: {
				ImpactIndicator impactIndicator = (ImpactIndicator)theEObject;
				T result = caseImpactIndicator(impactIndicator);
				if (result == null) result = caseElement(impactIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SEASONALITY_PROFILE: {
				SeasonalityProfile seasonalityProfile = (SeasonalityProfile)theEObject;
				T result = caseSeasonalityProfile(seasonalityProfile);
				if (result == null) result = caseElement(seasonalityProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.DISTRIBUTION: {
				Distribution distribution = (Distribution)theEObject;
				T result = caseDistribution(distribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ESTIMATE: {
				Estimate estimate = (Estimate)theEObject;
				T result = caseEstimate(estimate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.DRIVER: {
				Driver driver = (Driver)theEObject;
				T result = caseDriver(driver);
				if (result == null) result = caseElement(driver);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.UNCERTAINTY: {
				Uncertainty uncertainty = (Uncertainty)theEObject;
				T result = caseUncertainty(uncertainty);
				if (result == null) result = caseElement(uncertainty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SCENARIO_OVERRIDE: {
				ScenarioOverride scenarioOverride = (ScenarioOverride)theEObject;
				T result = caseScenarioOverride(scenarioOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ACTIVITY: {
				Activity activity = (Activity)theEObject;
				T result = caseActivity(activity);
				if (result == null) result = caseElement(activity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.SPACE_PLAN_SETTINGS: {
				SpacePlanSettings spacePlanSettings = (SpacePlanSettings)theEObject;
				T result = caseSpacePlanSettings(spacePlanSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ACTUAL_ACCOUNTS: {
				ActualAccounts actualAccounts = (ActualAccounts)theEObject;
				T result = caseActualAccounts(actualAccounts);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ACCOUNT_BALANCE: {
				AccountBalance accountBalance = (AccountBalance)theEObject;
				T result = caseAccountBalance(accountBalance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.CASH_BALANCE: {
				CashBalance cashBalance = (CashBalance)theEObject;
				T result = caseCashBalance(cashBalance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PerennePackage.ACCOUNT_MAPPING: {
				AccountMapping accountMapping = (AccountMapping)theEObject;
				T result = caseAccountMapping(accountMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cost Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cost Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCostLine(CostLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indexed</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indexed</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndexed(Indexed object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Canvas</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Canvas</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCanvas(Canvas object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Canvas Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Canvas Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCanvasBlock(CanvasBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Community Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Community Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommunityBlock(CommunityBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offers Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offers Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffersBlock(OffersBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spaces Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spaces Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpacesBlock(SpacesBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Team Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Team Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeamBlock(TeamBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Partners Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Partners Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartnersBlock(PartnersBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Income Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Income Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIncomeBlock(IncomeBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Funding Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Funding Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFundingBlock(FundingBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Costs Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Costs Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCostsBlock(CostsBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Impact Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Impact Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImpactBlock(ImpactBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegment(Segment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffer(Offer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Volume Offer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Volume Offer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVolumeOffer(VolumeOffer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership Tier</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership Tier</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembershipTier(MembershipTier object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Drop In</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Drop In</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDropIn(DropIn object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Room Rental</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Room Rental</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoomRental(RoomRental object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseService(Service object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Price Ladder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Price Ladder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePriceLadder(PriceLadder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Room</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Room</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoom(Room object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Opening Slot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Opening Slot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOpeningSlot(OpeningSlot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staff Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staff Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaffMember(StaffMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Volunteering</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Volunteering</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVolunteering(Volunteering object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Funder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Funder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunder(Funder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Grant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Grant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGrant(Grant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reimbursement Grant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reimbursement Grant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReimbursementGrant(ReimbursementGrant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Loan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Loan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLoan(Loan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Cost</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Cost</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedCost(FixedCost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Investment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Investment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvestment(Investment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Impact Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Impact Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImpactIndicator(ImpactIndicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Seasonality Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Seasonality Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSeasonalityProfile(SeasonalityProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistribution(Distribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Estimate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEstimate(Estimate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Driver</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Driver</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDriver(Driver object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uncertainty</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uncertainty</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUncertainty(Uncertainty object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenarioOverride(ScenarioOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivity(Activity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Space Plan Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Space Plan Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpacePlanSettings(SpacePlanSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actual Accounts</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actual Accounts</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActualAccounts(ActualAccounts object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account Balance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account Balance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountBalance(AccountBalance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cash Balance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cash Balance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCashBalance(CashBalance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountMapping(AccountMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //PerenneSwitch
