/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage
 * @generated
 */
public interface PerenneFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PerenneFactory eINSTANCE = org.perenne.model.impl.PerenneFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Canvas</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Canvas</em>'.
	 * @generated
	 */
	Canvas createCanvas();

	/**
	 * Returns a new object of class '<em>Community Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Community Block</em>'.
	 * @generated
	 */
	CommunityBlock createCommunityBlock();

	/**
	 * Returns a new object of class '<em>Offers Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Offers Block</em>'.
	 * @generated
	 */
	OffersBlock createOffersBlock();

	/**
	 * Returns a new object of class '<em>Spaces Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spaces Block</em>'.
	 * @generated
	 */
	SpacesBlock createSpacesBlock();

	/**
	 * Returns a new object of class '<em>Team Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Team Block</em>'.
	 * @generated
	 */
	TeamBlock createTeamBlock();

	/**
	 * Returns a new object of class '<em>Partners Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partners Block</em>'.
	 * @generated
	 */
	PartnersBlock createPartnersBlock();

	/**
	 * Returns a new object of class '<em>Income Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Income Block</em>'.
	 * @generated
	 */
	IncomeBlock createIncomeBlock();

	/**
	 * Returns a new object of class '<em>Funding Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funding Block</em>'.
	 * @generated
	 */
	FundingBlock createFundingBlock();

	/**
	 * Returns a new object of class '<em>Costs Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Costs Block</em>'.
	 * @generated
	 */
	CostsBlock createCostsBlock();

	/**
	 * Returns a new object of class '<em>Impact Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Impact Block</em>'.
	 * @generated
	 */
	ImpactBlock createImpactBlock();

	/**
	 * Returns a new object of class '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment</em>'.
	 * @generated
	 */
	Segment createSegment();

	/**
	 * Returns a new object of class '<em>Membership Tier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership Tier</em>'.
	 * @generated
	 */
	MembershipTier createMembershipTier();

	/**
	 * Returns a new object of class '<em>Drop In</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Drop In</em>'.
	 * @generated
	 */
	DropIn createDropIn();

	/**
	 * Returns a new object of class '<em>Room Rental</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Room Rental</em>'.
	 * @generated
	 */
	RoomRental createRoomRental();

	/**
	 * Returns a new object of class '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service</em>'.
	 * @generated
	 */
	Service createService();

	/**
	 * Returns a new object of class '<em>Price Ladder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Price Ladder</em>'.
	 * @generated
	 */
	PriceLadder createPriceLadder();

	/**
	 * Returns a new object of class '<em>Room</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Room</em>'.
	 * @generated
	 */
	Room createRoom();

	/**
	 * Returns a new object of class '<em>Opening Slot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Opening Slot</em>'.
	 * @generated
	 */
	OpeningSlot createOpeningSlot();

	/**
	 * Returns a new object of class '<em>Staff Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staff Member</em>'.
	 * @generated
	 */
	StaffMember createStaffMember();

	/**
	 * Returns a new object of class '<em>Volunteering</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volunteering</em>'.
	 * @generated
	 */
	Volunteering createVolunteering();

	/**
	 * Returns a new object of class '<em>Funder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funder</em>'.
	 * @generated
	 */
	Funder createFunder();

	/**
	 * Returns a new object of class '<em>Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Grant</em>'.
	 * @generated
	 */
	Grant createGrant();

	/**
	 * Returns a new object of class '<em>Reimbursement Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reimbursement Grant</em>'.
	 * @generated
	 */
	ReimbursementGrant createReimbursementGrant();

	/**
	 * Returns a new object of class '<em>Loan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Loan</em>'.
	 * @generated
	 */
	Loan createLoan();

	/**
	 * Returns a new object of class '<em>Fixed Cost</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Cost</em>'.
	 * @generated
	 */
	FixedCost createFixedCost();

	/**
	 * Returns a new object of class '<em>Investment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Investment</em>'.
	 * @generated
	 */
	Investment createInvestment();

	/**
	 * Returns a new object of class '<em>Impact Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Impact Indicator</em>'.
	 * @generated
	 */
	ImpactIndicator createImpactIndicator();

	/**
	 * Returns a new object of class '<em>Seasonality Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Seasonality Profile</em>'.
	 * @generated
	 */
	SeasonalityProfile createSeasonalityProfile();

	/**
	 * Returns a new object of class '<em>Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Distribution</em>'.
	 * @generated
	 */
	Distribution createDistribution();

	/**
	 * Returns a new object of class '<em>Estimate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Estimate</em>'.
	 * @generated
	 */
	Estimate createEstimate();

	/**
	 * Returns a new object of class '<em>Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Driver</em>'.
	 * @generated
	 */
	Driver createDriver();

	/**
	 * Returns a new object of class '<em>Uncertainty</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uncertainty</em>'.
	 * @generated
	 */
	Uncertainty createUncertainty();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Scenario Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario Override</em>'.
	 * @generated
	 */
	ScenarioOverride createScenarioOverride();

	/**
	 * Returns a new object of class '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity</em>'.
	 * @generated
	 */
	Activity createActivity();

	/**
	 * Returns a new object of class '<em>Space Plan Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Space Plan Settings</em>'.
	 * @generated
	 */
	SpacePlanSettings createSpacePlanSettings();

	/**
	 * Returns a new object of class '<em>Actual Accounts</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Actual Accounts</em>'.
	 * @generated
	 */
	ActualAccounts createActualAccounts();

	/**
	 * Returns a new object of class '<em>Account Balance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Account Balance</em>'.
	 * @generated
	 */
	AccountBalance createAccountBalance();

	/**
	 * Returns a new object of class '<em>Cash Balance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cash Balance</em>'.
	 * @generated
	 */
	CashBalance createCashBalance();

	/**
	 * Returns a new object of class '<em>Account Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Account Mapping</em>'.
	 * @generated
	 */
	AccountMapping createAccountMapping();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PerennePackage getPerennePackage();

} //PerenneFactory
