/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.time.LocalTime;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.perenne.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PerenneFactoryImpl extends EFactoryImpl implements PerenneFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PerenneFactory init() {
		try {
			PerenneFactory thePerenneFactory = (PerenneFactory)EPackage.Registry.INSTANCE.getEFactory(PerennePackage.eNS_URI);
			if (thePerenneFactory != null) {
				return thePerenneFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PerenneFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PerenneFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PerennePackage.CANVAS: return createCanvas();
			case PerennePackage.COMMUNITY_BLOCK: return createCommunityBlock();
			case PerennePackage.OFFERS_BLOCK: return createOffersBlock();
			case PerennePackage.SPACES_BLOCK: return createSpacesBlock();
			case PerennePackage.TEAM_BLOCK: return createTeamBlock();
			case PerennePackage.PARTNERS_BLOCK: return createPartnersBlock();
			case PerennePackage.INCOME_BLOCK: return createIncomeBlock();
			case PerennePackage.FUNDING_BLOCK: return createFundingBlock();
			case PerennePackage.COSTS_BLOCK: return createCostsBlock();
			case PerennePackage.IMPACT_BLOCK: return createImpactBlock();
			case PerennePackage.SEGMENT: return createSegment();
			case PerennePackage.MEMBERSHIP_TIER: return createMembershipTier();
			case PerennePackage.DROP_IN: return createDropIn();
			case PerennePackage.ROOM_RENTAL: return createRoomRental();
			case PerennePackage.SERVICE: return createService();
			case PerennePackage.PRICE_LADDER: return createPriceLadder();
			case PerennePackage.ROOM: return createRoom();
			case PerennePackage.OPENING_SLOT: return createOpeningSlot();
			case PerennePackage.STAFF_MEMBER: return createStaffMember();
			case PerennePackage.VOLUNTEERING: return createVolunteering();
			case PerennePackage.FUNDER: return createFunder();
			case PerennePackage.GRANT: return createGrant();
			case PerennePackage.REIMBURSEMENT_GRANT: return createReimbursementGrant();
			case PerennePackage.LOAN: return createLoan();
			case PerennePackage.FIXED_COST: return createFixedCost();
			case PerennePackage.INVESTMENT: return createInvestment();
			case PerennePackage.IMPACT_INDICATOR: return createImpactIndicator();
			case PerennePackage.SEASONALITY_PROFILE: return createSeasonalityProfile();
			case PerennePackage.DISTRIBUTION: return createDistribution();
			case PerennePackage.ESTIMATE: return createEstimate();
			case PerennePackage.DRIVER: return createDriver();
			case PerennePackage.UNCERTAINTY: return createUncertainty();
			case PerennePackage.SCENARIO: return createScenario();
			case PerennePackage.SCENARIO_OVERRIDE: return createScenarioOverride();
			case PerennePackage.ACTIVITY: return createActivity();
			case PerennePackage.SPACE_PLAN_SETTINGS: return createSpacePlanSettings();
			case PerennePackage.ACTUAL_ACCOUNTS: return createActualAccounts();
			case PerennePackage.ACCOUNT_BALANCE: return createAccountBalance();
			case PerennePackage.CASH_BALANCE: return createCashBalance();
			case PerennePackage.ACCOUNT_MAPPING: return createAccountMapping();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PerennePackage.LEGAL_FORM:
				return createLegalFormFromString(eDataType, initialValue);
			case PerennePackage.SEGMENT_KIND:
				return createSegmentKindFromString(eDataType, initialValue);
			case PerennePackage.ROOM_FUNCTION:
				return createRoomFunctionFromString(eDataType, initialValue);
			case PerennePackage.EQUIPMENT:
				return createEquipmentFromString(eDataType, initialValue);
			case PerennePackage.DAY_OF_WEEK:
				return createDayOfWeekFromString(eDataType, initialValue);
			case PerennePackage.VISIT_UNIT:
				return createVisitUnitFromString(eDataType, initialValue);
			case PerennePackage.SERVICE_KIND:
				return createServiceKindFromString(eDataType, initialValue);
			case PerennePackage.COST_CATEGORY:
				return createCostCategoryFromString(eDataType, initialValue);
			case PerennePackage.FUNDER_LEVEL:
				return createFunderLevelFromString(eDataType, initialValue);
			case PerennePackage.GRANT_KIND:
				return createGrantKindFromString(eDataType, initialValue);
			case PerennePackage.PAYMENT_MODE:
				return createPaymentModeFromString(eDataType, initialValue);
			case PerennePackage.IMPACT_METRIC:
				return createImpactMetricFromString(eDataType, initialValue);
			case PerennePackage.DISTRIBUTION_KIND:
				return createDistributionKindFromString(eDataType, initialValue);
			case PerennePackage.OVERRIDE_MODE:
				return createOverrideModeFromString(eDataType, initialValue);
			case PerennePackage.ACTIVITY_PRIORITY:
				return createActivityPriorityFromString(eDataType, initialValue);
			case PerennePackage.YEAR_MONTH:
				return createYearMonthFromString(eDataType, initialValue);
			case PerennePackage.TIME_OF_DAY:
				return createTimeOfDayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PerennePackage.LEGAL_FORM:
				return convertLegalFormToString(eDataType, instanceValue);
			case PerennePackage.SEGMENT_KIND:
				return convertSegmentKindToString(eDataType, instanceValue);
			case PerennePackage.ROOM_FUNCTION:
				return convertRoomFunctionToString(eDataType, instanceValue);
			case PerennePackage.EQUIPMENT:
				return convertEquipmentToString(eDataType, instanceValue);
			case PerennePackage.DAY_OF_WEEK:
				return convertDayOfWeekToString(eDataType, instanceValue);
			case PerennePackage.VISIT_UNIT:
				return convertVisitUnitToString(eDataType, instanceValue);
			case PerennePackage.SERVICE_KIND:
				return convertServiceKindToString(eDataType, instanceValue);
			case PerennePackage.COST_CATEGORY:
				return convertCostCategoryToString(eDataType, instanceValue);
			case PerennePackage.FUNDER_LEVEL:
				return convertFunderLevelToString(eDataType, instanceValue);
			case PerennePackage.GRANT_KIND:
				return convertGrantKindToString(eDataType, instanceValue);
			case PerennePackage.PAYMENT_MODE:
				return convertPaymentModeToString(eDataType, instanceValue);
			case PerennePackage.IMPACT_METRIC:
				return convertImpactMetricToString(eDataType, instanceValue);
			case PerennePackage.DISTRIBUTION_KIND:
				return convertDistributionKindToString(eDataType, instanceValue);
			case PerennePackage.OVERRIDE_MODE:
				return convertOverrideModeToString(eDataType, instanceValue);
			case PerennePackage.ACTIVITY_PRIORITY:
				return convertActivityPriorityToString(eDataType, instanceValue);
			case PerennePackage.YEAR_MONTH:
				return convertYearMonthToString(eDataType, instanceValue);
			case PerennePackage.TIME_OF_DAY:
				return convertTimeOfDayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Canvas createCanvas() {
		CanvasImpl canvas = new CanvasImpl();
		return canvas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunityBlock createCommunityBlock() {
		CommunityBlockImpl communityBlock = new CommunityBlockImpl();
		return communityBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffersBlock createOffersBlock() {
		OffersBlockImpl offersBlock = new OffersBlockImpl();
		return offersBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpacesBlock createSpacesBlock() {
		SpacesBlockImpl spacesBlock = new SpacesBlockImpl();
		return spacesBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamBlock createTeamBlock() {
		TeamBlockImpl teamBlock = new TeamBlockImpl();
		return teamBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnersBlock createPartnersBlock() {
		PartnersBlockImpl partnersBlock = new PartnersBlockImpl();
		return partnersBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncomeBlock createIncomeBlock() {
		IncomeBlockImpl incomeBlock = new IncomeBlockImpl();
		return incomeBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingBlock createFundingBlock() {
		FundingBlockImpl fundingBlock = new FundingBlockImpl();
		return fundingBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostsBlock createCostsBlock() {
		CostsBlockImpl costsBlock = new CostsBlockImpl();
		return costsBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactBlock createImpactBlock() {
		ImpactBlockImpl impactBlock = new ImpactBlockImpl();
		return impactBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipTier createMembershipTier() {
		MembershipTierImpl membershipTier = new MembershipTierImpl();
		return membershipTier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DropIn createDropIn() {
		DropInImpl dropIn = new DropInImpl();
		return dropIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoomRental createRoomRental() {
		RoomRentalImpl roomRental = new RoomRentalImpl();
		return roomRental;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriceLadder createPriceLadder() {
		PriceLadderImpl priceLadder = new PriceLadderImpl();
		return priceLadder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Room createRoom() {
		RoomImpl room = new RoomImpl();
		return room;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpeningSlot createOpeningSlot() {
		OpeningSlotImpl openingSlot = new OpeningSlotImpl();
		return openingSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember createStaffMember() {
		StaffMemberImpl staffMember = new StaffMemberImpl();
		return staffMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volunteering createVolunteering() {
		VolunteeringImpl volunteering = new VolunteeringImpl();
		return volunteering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Funder createFunder() {
		FunderImpl funder = new FunderImpl();
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Grant createGrant() {
		GrantImpl grant = new GrantImpl();
		return grant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReimbursementGrant createReimbursementGrant() {
		ReimbursementGrantImpl reimbursementGrant = new ReimbursementGrantImpl();
		return reimbursementGrant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Loan createLoan() {
		LoanImpl loan = new LoanImpl();
		return loan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedCost createFixedCost() {
		FixedCostImpl fixedCost = new FixedCostImpl();
		return fixedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Investment createInvestment() {
		InvestmentImpl investment = new InvestmentImpl();
		return investment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactIndicator createImpactIndicator() {
		ImpactIndicatorImpl impactIndicator = new ImpactIndicatorImpl();
		return impactIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeasonalityProfile createSeasonalityProfile() {
		SeasonalityProfileImpl seasonalityProfile = new SeasonalityProfileImpl();
		return seasonalityProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution createDistribution() {
		DistributionImpl distribution = new DistributionImpl();
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Estimate createEstimate() {
		EstimateImpl estimate = new EstimateImpl();
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver createDriver() {
		DriverImpl driver = new DriverImpl();
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Uncertainty createUncertainty() {
		UncertaintyImpl uncertainty = new UncertaintyImpl();
		return uncertainty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioOverride createScenarioOverride() {
		ScenarioOverrideImpl scenarioOverride = new ScenarioOverrideImpl();
		return scenarioOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity createActivity() {
		ActivityImpl activity = new ActivityImpl();
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpacePlanSettings createSpacePlanSettings() {
		SpacePlanSettingsImpl spacePlanSettings = new SpacePlanSettingsImpl();
		return spacePlanSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActualAccounts createActualAccounts() {
		ActualAccountsImpl actualAccounts = new ActualAccountsImpl();
		return actualAccounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountBalance createAccountBalance() {
		AccountBalanceImpl accountBalance = new AccountBalanceImpl();
		return accountBalance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CashBalance createCashBalance() {
		CashBalanceImpl cashBalance = new CashBalanceImpl();
		return cashBalance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountMapping createAccountMapping() {
		AccountMappingImpl accountMapping = new AccountMappingImpl();
		return accountMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalForm createLegalFormFromString(EDataType eDataType, String initialValue) {
		LegalForm result = LegalForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLegalFormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentKind createSegmentKindFromString(EDataType eDataType, String initialValue) {
		SegmentKind result = SegmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSegmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoomFunction createRoomFunctionFromString(EDataType eDataType, String initialValue) {
		RoomFunction result = RoomFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoomFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Equipment createEquipmentFromString(EDataType eDataType, String initialValue) {
		Equipment result = Equipment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEquipmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DayOfWeek createDayOfWeekFromString(EDataType eDataType, String initialValue) {
		DayOfWeek result = DayOfWeek.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDayOfWeekToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitUnit createVisitUnitFromString(EDataType eDataType, String initialValue) {
		VisitUnit result = VisitUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVisitUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceKind createServiceKindFromString(EDataType eDataType, String initialValue) {
		ServiceKind result = ServiceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CostCategory createCostCategoryFromString(EDataType eDataType, String initialValue) {
		CostCategory result = CostCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCostCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FunderLevel createFunderLevelFromString(EDataType eDataType, String initialValue) {
		FunderLevel result = FunderLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFunderLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GrantKind createGrantKindFromString(EDataType eDataType, String initialValue) {
		GrantKind result = GrantKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGrantKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PaymentMode createPaymentModeFromString(EDataType eDataType, String initialValue) {
		PaymentMode result = PaymentMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPaymentModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImpactMetric createImpactMetricFromString(EDataType eDataType, String initialValue) {
		ImpactMetric result = ImpactMetric.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImpactMetricToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DistributionKind createDistributionKindFromString(EDataType eDataType, String initialValue) {
		DistributionKind result = DistributionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDistributionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OverrideMode createOverrideModeFromString(EDataType eDataType, String initialValue) {
		OverrideMode result = OverrideMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOverrideModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityPriority createActivityPriorityFromString(EDataType eDataType, String initialValue) {
		ActivityPriority result = ActivityPriority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonth(final String it) {
		return it == null ? null : java.time.YearMonth.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonthFromString(EDataType eDataType, String initialValue) {
		return createYearMonth(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonth(final YearMonth it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonthToString(EDataType eDataType, Object instanceValue) {
		return convertYearMonth((YearMonth)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createTimeOfDay(final String it) {
		return it == null ? null : java.time.LocalTime.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createTimeOfDayFromString(EDataType eDataType, String initialValue) {
		return createTimeOfDay(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeOfDay(final LocalTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeOfDayToString(EDataType eDataType, Object instanceValue) {
		return convertTimeOfDay((LocalTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerennePackage getPerennePackage() {
		return (PerennePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PerennePackage getPackage() {
		return PerennePackage.eINSTANCE;
	}

} //PerenneFactoryImpl
