/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.time.LocalTime;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.perenne.model.AccountBalance;
import org.perenne.model.AccountMapping;
import org.perenne.model.Activity;
import org.perenne.model.ActivityPriority;
import org.perenne.model.ActualAccounts;
import org.perenne.model.Canvas;
import org.perenne.model.CanvasBlock;
import org.perenne.model.CashBalance;
import org.perenne.model.CommunityBlock;
import org.perenne.model.CostCategory;
import org.perenne.model.CostLine;
import org.perenne.model.CostsBlock;
import org.perenne.model.DayOfWeek;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Driver;
import org.perenne.model.DropIn;
import org.perenne.model.Element;
import org.perenne.model.Equipment;
import org.perenne.model.Estimate;
import org.perenne.model.FixedCost;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.FundingBlock;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.ImpactBlock;
import org.perenne.model.ImpactIndicator;
import org.perenne.model.ImpactMetric;
import org.perenne.model.IncomeBlock;
import org.perenne.model.Indexed;
import org.perenne.model.Investment;
import org.perenne.model.LegalForm;
import org.perenne.model.Loan;
import org.perenne.model.MembershipTier;
import org.perenne.model.Offer;
import org.perenne.model.OffersBlock;
import org.perenne.model.OpeningSlot;
import org.perenne.model.OverrideMode;
import org.perenne.model.PartnersBlock;
import org.perenne.model.PaymentMode;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;
import org.perenne.model.PriceLadder;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.RoomRental;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.SeasonalityProfile;
import org.perenne.model.Segment;
import org.perenne.model.SegmentKind;
import org.perenne.model.Service;
import org.perenne.model.ServiceKind;
import org.perenne.model.SpacePlanSettings;
import org.perenne.model.SpacesBlock;
import org.perenne.model.StaffMember;
import org.perenne.model.TeamBlock;
import org.perenne.model.Uncertainty;
import org.perenne.model.VisitUnit;
import org.perenne.model.VolumeOffer;
import org.perenne.model.Volunteering;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PerennePackageImpl extends EPackageImpl implements PerennePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass costLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indexedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass canvasEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass canvasBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass communityBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offersBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spacesBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnersBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass incomeBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fundingBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass costsBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass impactBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeOfferEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipTierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dropInEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roomRentalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass priceLadderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roomEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass openingSlotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volunteeringEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass funderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass grantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reimbursementGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedCostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass investmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass impactIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass seasonalityProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass estimateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uncertaintyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spacePlanSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actualAccountsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountBalanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cashBalanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalFormEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum segmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roomFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum equipmentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dayOfWeekEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum visitUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum costCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum funderLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum grantKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum paymentModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum impactMetricEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum distributionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum overrideModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityPriorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType yearMonthEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType timeOfDayEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.perenne.model.PerennePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PerennePackageImpl() {
		super(eNS_URI, PerenneFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PerennePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PerennePackage init() {
		if (isInited) return (PerennePackage)EPackage.Registry.INSTANCE.getEPackage(PerennePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPerennePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PerennePackageImpl thePerennePackage = registeredPerennePackage instanceof PerennePackageImpl ? (PerennePackageImpl)registeredPerennePackage : new PerennePackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePerennePackage.createPackageContents();

		// Initialize created meta-data
		thePerennePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePerennePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PerennePackage.eNS_URI, thePerennePackage);
		return thePerennePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Id() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Description() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCostLine() {
		return costLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndexed() {
		return indexedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndexed_IndexationRate() {
		return (EAttribute)indexedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCanvas() {
		return canvasEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_FormatVersion() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_Name() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_Description() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_Territory() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_Siren() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_Currency() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_LegalForm() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_StartMonth() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_HorizonYears() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_InflationRate() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_OpeningCash() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvas_CommercialTaxThreshold() {
		return (EAttribute)canvasEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Community() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Offers() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Spaces() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Team() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Partners() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Income() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Funding() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Costs() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Impact() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_SeasonalityProfiles() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Uncertainties() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Drivers() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Scenarios() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Activities() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_SpacePlanSettings() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvas_Actuals() {
		return (EReference)canvasEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCanvasBlock() {
		return canvasBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvasBlock_Notes() {
		return (EAttribute)canvasBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommunityBlock() {
		return communityBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunityBlock_Segments() {
		return (EReference)communityBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffersBlock() {
		return offersBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffersBlock_MembershipTiers() {
		return (EReference)offersBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffersBlock_DropIns() {
		return (EReference)offersBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffersBlock_Rentals() {
		return (EReference)offersBlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffersBlock_Services() {
		return (EReference)offersBlockEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpacesBlock() {
		return spacesBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpacesBlock_Rooms() {
		return (EReference)spacesBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeamBlock() {
		return teamBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeamBlock_Staff() {
		return (EReference)teamBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeamBlock_Volunteering() {
		return (EReference)teamBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnersBlock() {
		return partnersBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnersBlock_Funders() {
		return (EReference)partnersBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIncomeBlock() {
		return incomeBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFundingBlock() {
		return fundingBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingBlock_Grants() {
		return (EReference)fundingBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingBlock_ReimbursementGrants() {
		return (EReference)fundingBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingBlock_Loans() {
		return (EReference)fundingBlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCostsBlock() {
		return costsBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCostsBlock_FixedCosts() {
		return (EReference)costsBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCostsBlock_Investments() {
		return (EReference)costsBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImpactBlock() {
		return impactBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImpactBlock_Indicators() {
		return (EReference)impactBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Kind() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Size() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffer() {
		return offerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffer_Segment() {
		return (EReference)offerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_SolidarityPriced() {
		return (EAttribute)offerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_SolidarityPriceCap() {
		return (EAttribute)offerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffer_PriceLadder() {
		return (EReference)offerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeOffer() {
		return volumeOfferEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeOffer_Seasonality() {
		return (EReference)volumeOfferEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembershipTier() {
		return membershipTierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_MonthlyFee() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_JoiningFee() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_DeskUsage() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_StartCount() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_TargetCount() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_RampUpMonths() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipTier_MonthlyChurn() {
		return (EAttribute)membershipTierEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDropIn() {
		return dropInEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDropIn_PricePerVisit() {
		return (EAttribute)dropInEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDropIn_VisitsPerMonth() {
		return (EAttribute)dropInEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDropIn_VisitUnit() {
		return (EAttribute)dropInEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoomRental() {
		return roomRentalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoomRental_Room() {
		return (EReference)roomRentalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoomRental_HourlyRate() {
		return (EAttribute)roomRentalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoomRental_HalfDayPrice() {
		return (EAttribute)roomRentalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoomRental_DayPrice() {
		return (EAttribute)roomRentalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoomRental_BookableHoursPerMonth() {
		return (EAttribute)roomRentalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoomRental_OccupancyRate() {
		return (EAttribute)roomRentalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoomRental_DirectCostPerHour() {
		return (EAttribute)roomRentalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Kind() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_UnitsPerMonth() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_UnitLabel() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_UnitPrice() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_VariableCostPerUnit() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Room() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_BeneficiariesPerUnit() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_PublicHoursPerUnit() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPriceLadder() {
		return priceLadderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriceLadder_Levels() {
		return (EAttribute)priceLadderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriceLadder_Elasticity() {
		return (EAttribute)priceLadderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoom() {
		return roomEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_AreaM2() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_Capacity() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_Kind() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_AllowedFunctions() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_Equipment() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoom_OpeningHours() {
		return (EReference)roomEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_Accessible() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoom_PublicAccess() {
		return (EAttribute)roomEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpeningSlot() {
		return openingSlotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpeningSlot_Day() {
		return (EAttribute)openingSlotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpeningSlot_OpensAt() {
		return (EAttribute)openingSlotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpeningSlot_ClosesAt() {
		return (EAttribute)openingSlotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaffMember() {
		return staffMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Role() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Fte() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_GrossMonthlySalary() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_EmployerContributionRate() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_StartMonth() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_EndMonth() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolunteering() {
		return volunteeringEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolunteering_HoursPerMonth() {
		return (EAttribute)volunteeringEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolunteering_HourlyValue() {
		return (EAttribute)volunteeringEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunder() {
		return funderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunder_Level() {
		return (EAttribute)funderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunder_Siren() {
		return (EAttribute)funderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGrant() {
		return grantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGrant_Funder() {
		return (EReference)grantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_Kind() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_CommittedAmounts() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_FirstGrantYear() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_PaymentMode() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_AdvanceShare() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_AdvanceDelayMonths() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_BalanceDelayMonths() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_DelayMonths() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_RenewalProbability() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGrant_RenewalAmount() {
		return (EAttribute)grantEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGrant_FinancedInvestment() {
		return (EReference)grantEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReimbursementGrant() {
		return reimbursementGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReimbursementGrant_Funder() {
		return (EReference)reimbursementGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_Kind() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_Rate() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReimbursementGrant_EligibleCosts() {
		return (EReference)reimbursementGrantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_ProgrammeStartMonth() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_ProgrammeEndMonth() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_Cap() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_ClaimEveryMonths() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReimbursementGrant_DelayMonths() {
		return (EAttribute)reimbursementGrantEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoan() {
		return loanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoan_Lender() {
		return (EAttribute)loanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoan_Principal() {
		return (EAttribute)loanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoan_AnnualRate() {
		return (EAttribute)loanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoan_DurationMonths() {
		return (EAttribute)loanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoan_DeferralMonths() {
		return (EAttribute)loanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoan_StartMonth() {
		return (EAttribute)loanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedCost() {
		return fixedCostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedCost_Category() {
		return (EAttribute)fixedCostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedCost_MonthlyAmount() {
		return (EAttribute)fixedCostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvestment() {
		return investmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_Amount() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_Month() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_DepreciationYears() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImpactIndicator() {
		return impactIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImpactIndicator_Metric() {
		return (EAttribute)impactIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImpactIndicator_AnnualTarget() {
		return (EAttribute)impactIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImpactIndicator_Unit() {
		return (EAttribute)impactIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeasonalityProfile() {
		return seasonalityProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeasonalityProfile_Factors() {
		return (EAttribute)seasonalityProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistribution() {
		return distributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Kind() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Min() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Mode() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Max() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Mean() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_StandardDeviation() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Probability() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Values() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistribution_Weights() {
		return (EAttribute)distributionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDistribution_Estimates() {
		return (EReference)distributionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEstimate() {
		return estimateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_Low() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_Likely() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_High() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriver() {
		return driverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Persistence() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUncertainty() {
		return uncertaintyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUncertainty_Target() {
		return (EReference)uncertaintyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUncertainty_Attribute() {
		return (EAttribute)uncertaintyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUncertainty_Index() {
		return (EAttribute)uncertaintyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUncertainty_Distribution() {
		return (EReference)uncertaintyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUncertainty_DrawPerYear() {
		return (EAttribute)uncertaintyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUncertainty_Driver() {
		return (EReference)uncertaintyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUncertainty_Strength() {
		return (EAttribute)uncertaintyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Overrides() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenarioOverride() {
		return scenarioOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenarioOverride_Target() {
		return (EReference)scenarioOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_Attribute() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_Index() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_Mode() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioOverride_Value() {
		return (EAttribute)scenarioOverrideEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_DurationMinutes() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Attendees() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_RequiredEquipment() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_AllowedDays() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_EarliestStart() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_LatestEnd() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_PreferredStart() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Priority() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Value() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Mandatory() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpacePlanSettings() {
		return spacePlanSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpacePlanSettings_MinimumResidentDesks() {
		return (EAttribute)spacePlanSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpacePlanSettings_MinimumPublicHoursPerWeek() {
		return (EAttribute)spacePlanSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpacePlanSettings_ResultWeight() {
		return (EAttribute)spacePlanSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpacePlanSettings_PublicHoursWeight() {
		return (EAttribute)spacePlanSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpacePlanSettings_BeneficiariesWeight() {
		return (EAttribute)spacePlanSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpacePlanSettings_SolidarityWeight() {
		return (EAttribute)spacePlanSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActualAccounts() {
		return actualAccountsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActualAccounts_Source() {
		return (EAttribute)actualAccountsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActualAccounts_Balances() {
		return (EReference)actualAccountsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActualAccounts_Cash() {
		return (EReference)actualAccountsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActualAccounts_Mappings() {
		return (EReference)actualAccountsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountBalance() {
		return accountBalanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountBalance_Account() {
		return (EAttribute)accountBalanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountBalance_Label() {
		return (EAttribute)accountBalanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountBalance_Month() {
		return (EAttribute)accountBalanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountBalance_Amount() {
		return (EAttribute)accountBalanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCashBalance() {
		return cashBalanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCashBalance_Month() {
		return (EAttribute)cashBalanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCashBalance_Amount() {
		return (EAttribute)cashBalanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountMapping() {
		return accountMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountMapping_Account() {
		return (EAttribute)accountMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountMapping_Line() {
		return (EAttribute)accountMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalForm() {
		return legalFormEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSegmentKind() {
		return segmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoomFunction() {
		return roomFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEquipment() {
		return equipmentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDayOfWeek() {
		return dayOfWeekEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVisitUnit() {
		return visitUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceKind() {
		return serviceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCostCategory() {
		return costCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFunderLevel() {
		return funderLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGrantKind() {
		return grantKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPaymentMode() {
		return paymentModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImpactMetric() {
		return impactMetricEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDistributionKind() {
		return distributionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOverrideMode() {
		return overrideModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityPriority() {
		return activityPriorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getYearMonth() {
		return yearMonthEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTimeOfDay() {
		return timeOfDayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerenneFactory getPerenneFactory() {
		return (PerenneFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__ID);
		createEAttribute(elementEClass, ELEMENT__NAME);
		createEAttribute(elementEClass, ELEMENT__DESCRIPTION);

		costLineEClass = createEClass(COST_LINE);

		indexedEClass = createEClass(INDEXED);
		createEAttribute(indexedEClass, INDEXED__INDEXATION_RATE);

		canvasEClass = createEClass(CANVAS);
		createEAttribute(canvasEClass, CANVAS__FORMAT_VERSION);
		createEAttribute(canvasEClass, CANVAS__NAME);
		createEAttribute(canvasEClass, CANVAS__DESCRIPTION);
		createEAttribute(canvasEClass, CANVAS__TERRITORY);
		createEAttribute(canvasEClass, CANVAS__SIREN);
		createEAttribute(canvasEClass, CANVAS__CURRENCY);
		createEAttribute(canvasEClass, CANVAS__LEGAL_FORM);
		createEAttribute(canvasEClass, CANVAS__START_MONTH);
		createEAttribute(canvasEClass, CANVAS__HORIZON_YEARS);
		createEAttribute(canvasEClass, CANVAS__INFLATION_RATE);
		createEAttribute(canvasEClass, CANVAS__OPENING_CASH);
		createEAttribute(canvasEClass, CANVAS__COMMERCIAL_TAX_THRESHOLD);
		createEReference(canvasEClass, CANVAS__COMMUNITY);
		createEReference(canvasEClass, CANVAS__OFFERS);
		createEReference(canvasEClass, CANVAS__SPACES);
		createEReference(canvasEClass, CANVAS__TEAM);
		createEReference(canvasEClass, CANVAS__PARTNERS);
		createEReference(canvasEClass, CANVAS__INCOME);
		createEReference(canvasEClass, CANVAS__FUNDING);
		createEReference(canvasEClass, CANVAS__COSTS);
		createEReference(canvasEClass, CANVAS__IMPACT);
		createEReference(canvasEClass, CANVAS__SEASONALITY_PROFILES);
		createEReference(canvasEClass, CANVAS__UNCERTAINTIES);
		createEReference(canvasEClass, CANVAS__DRIVERS);
		createEReference(canvasEClass, CANVAS__SCENARIOS);
		createEReference(canvasEClass, CANVAS__ACTIVITIES);
		createEReference(canvasEClass, CANVAS__SPACE_PLAN_SETTINGS);
		createEReference(canvasEClass, CANVAS__ACTUALS);

		canvasBlockEClass = createEClass(CANVAS_BLOCK);
		createEAttribute(canvasBlockEClass, CANVAS_BLOCK__NOTES);

		communityBlockEClass = createEClass(COMMUNITY_BLOCK);
		createEReference(communityBlockEClass, COMMUNITY_BLOCK__SEGMENTS);

		offersBlockEClass = createEClass(OFFERS_BLOCK);
		createEReference(offersBlockEClass, OFFERS_BLOCK__MEMBERSHIP_TIERS);
		createEReference(offersBlockEClass, OFFERS_BLOCK__DROP_INS);
		createEReference(offersBlockEClass, OFFERS_BLOCK__RENTALS);
		createEReference(offersBlockEClass, OFFERS_BLOCK__SERVICES);

		spacesBlockEClass = createEClass(SPACES_BLOCK);
		createEReference(spacesBlockEClass, SPACES_BLOCK__ROOMS);

		teamBlockEClass = createEClass(TEAM_BLOCK);
		createEReference(teamBlockEClass, TEAM_BLOCK__STAFF);
		createEReference(teamBlockEClass, TEAM_BLOCK__VOLUNTEERING);

		partnersBlockEClass = createEClass(PARTNERS_BLOCK);
		createEReference(partnersBlockEClass, PARTNERS_BLOCK__FUNDERS);

		incomeBlockEClass = createEClass(INCOME_BLOCK);

		fundingBlockEClass = createEClass(FUNDING_BLOCK);
		createEReference(fundingBlockEClass, FUNDING_BLOCK__GRANTS);
		createEReference(fundingBlockEClass, FUNDING_BLOCK__REIMBURSEMENT_GRANTS);
		createEReference(fundingBlockEClass, FUNDING_BLOCK__LOANS);

		costsBlockEClass = createEClass(COSTS_BLOCK);
		createEReference(costsBlockEClass, COSTS_BLOCK__FIXED_COSTS);
		createEReference(costsBlockEClass, COSTS_BLOCK__INVESTMENTS);

		impactBlockEClass = createEClass(IMPACT_BLOCK);
		createEReference(impactBlockEClass, IMPACT_BLOCK__INDICATORS);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__KIND);
		createEAttribute(segmentEClass, SEGMENT__SIZE);

		offerEClass = createEClass(OFFER);
		createEReference(offerEClass, OFFER__SEGMENT);
		createEAttribute(offerEClass, OFFER__SOLIDARITY_PRICED);
		createEAttribute(offerEClass, OFFER__SOLIDARITY_PRICE_CAP);
		createEReference(offerEClass, OFFER__PRICE_LADDER);

		volumeOfferEClass = createEClass(VOLUME_OFFER);
		createEReference(volumeOfferEClass, VOLUME_OFFER__SEASONALITY);

		membershipTierEClass = createEClass(MEMBERSHIP_TIER);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__MONTHLY_FEE);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__JOINING_FEE);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__DESK_USAGE);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__START_COUNT);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__TARGET_COUNT);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__RAMP_UP_MONTHS);
		createEAttribute(membershipTierEClass, MEMBERSHIP_TIER__MONTHLY_CHURN);

		dropInEClass = createEClass(DROP_IN);
		createEAttribute(dropInEClass, DROP_IN__PRICE_PER_VISIT);
		createEAttribute(dropInEClass, DROP_IN__VISITS_PER_MONTH);
		createEAttribute(dropInEClass, DROP_IN__VISIT_UNIT);

		roomRentalEClass = createEClass(ROOM_RENTAL);
		createEReference(roomRentalEClass, ROOM_RENTAL__ROOM);
		createEAttribute(roomRentalEClass, ROOM_RENTAL__HOURLY_RATE);
		createEAttribute(roomRentalEClass, ROOM_RENTAL__HALF_DAY_PRICE);
		createEAttribute(roomRentalEClass, ROOM_RENTAL__DAY_PRICE);
		createEAttribute(roomRentalEClass, ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH);
		createEAttribute(roomRentalEClass, ROOM_RENTAL__OCCUPANCY_RATE);
		createEAttribute(roomRentalEClass, ROOM_RENTAL__DIRECT_COST_PER_HOUR);

		serviceEClass = createEClass(SERVICE);
		createEAttribute(serviceEClass, SERVICE__KIND);
		createEAttribute(serviceEClass, SERVICE__UNITS_PER_MONTH);
		createEAttribute(serviceEClass, SERVICE__UNIT_LABEL);
		createEAttribute(serviceEClass, SERVICE__UNIT_PRICE);
		createEAttribute(serviceEClass, SERVICE__VARIABLE_COST_PER_UNIT);
		createEReference(serviceEClass, SERVICE__ROOM);
		createEAttribute(serviceEClass, SERVICE__BENEFICIARIES_PER_UNIT);
		createEAttribute(serviceEClass, SERVICE__PUBLIC_HOURS_PER_UNIT);

		priceLadderEClass = createEClass(PRICE_LADDER);
		createEAttribute(priceLadderEClass, PRICE_LADDER__LEVELS);
		createEAttribute(priceLadderEClass, PRICE_LADDER__ELASTICITY);

		roomEClass = createEClass(ROOM);
		createEAttribute(roomEClass, ROOM__AREA_M2);
		createEAttribute(roomEClass, ROOM__CAPACITY);
		createEAttribute(roomEClass, ROOM__KIND);
		createEAttribute(roomEClass, ROOM__ALLOWED_FUNCTIONS);
		createEAttribute(roomEClass, ROOM__EQUIPMENT);
		createEReference(roomEClass, ROOM__OPENING_HOURS);
		createEAttribute(roomEClass, ROOM__ACCESSIBLE);
		createEAttribute(roomEClass, ROOM__PUBLIC_ACCESS);

		openingSlotEClass = createEClass(OPENING_SLOT);
		createEAttribute(openingSlotEClass, OPENING_SLOT__DAY);
		createEAttribute(openingSlotEClass, OPENING_SLOT__OPENS_AT);
		createEAttribute(openingSlotEClass, OPENING_SLOT__CLOSES_AT);

		staffMemberEClass = createEClass(STAFF_MEMBER);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__ROLE);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__FTE);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__GROSS_MONTHLY_SALARY);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__START_MONTH);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__END_MONTH);

		volunteeringEClass = createEClass(VOLUNTEERING);
		createEAttribute(volunteeringEClass, VOLUNTEERING__HOURS_PER_MONTH);
		createEAttribute(volunteeringEClass, VOLUNTEERING__HOURLY_VALUE);

		funderEClass = createEClass(FUNDER);
		createEAttribute(funderEClass, FUNDER__LEVEL);
		createEAttribute(funderEClass, FUNDER__SIREN);

		grantEClass = createEClass(GRANT);
		createEReference(grantEClass, GRANT__FUNDER);
		createEAttribute(grantEClass, GRANT__KIND);
		createEAttribute(grantEClass, GRANT__COMMITTED_AMOUNTS);
		createEAttribute(grantEClass, GRANT__FIRST_GRANT_YEAR);
		createEAttribute(grantEClass, GRANT__PAYMENT_MODE);
		createEAttribute(grantEClass, GRANT__ADVANCE_SHARE);
		createEAttribute(grantEClass, GRANT__ADVANCE_DELAY_MONTHS);
		createEAttribute(grantEClass, GRANT__BALANCE_DELAY_MONTHS);
		createEAttribute(grantEClass, GRANT__DELAY_MONTHS);
		createEAttribute(grantEClass, GRANT__RENEWAL_PROBABILITY);
		createEAttribute(grantEClass, GRANT__RENEWAL_AMOUNT);
		createEReference(grantEClass, GRANT__FINANCED_INVESTMENT);

		reimbursementGrantEClass = createEClass(REIMBURSEMENT_GRANT);
		createEReference(reimbursementGrantEClass, REIMBURSEMENT_GRANT__FUNDER);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__KIND);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__RATE);
		createEReference(reimbursementGrantEClass, REIMBURSEMENT_GRANT__ELIGIBLE_COSTS);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__CAP);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS);
		createEAttribute(reimbursementGrantEClass, REIMBURSEMENT_GRANT__DELAY_MONTHS);

		loanEClass = createEClass(LOAN);
		createEAttribute(loanEClass, LOAN__LENDER);
		createEAttribute(loanEClass, LOAN__PRINCIPAL);
		createEAttribute(loanEClass, LOAN__ANNUAL_RATE);
		createEAttribute(loanEClass, LOAN__DURATION_MONTHS);
		createEAttribute(loanEClass, LOAN__DEFERRAL_MONTHS);
		createEAttribute(loanEClass, LOAN__START_MONTH);

		fixedCostEClass = createEClass(FIXED_COST);
		createEAttribute(fixedCostEClass, FIXED_COST__CATEGORY);
		createEAttribute(fixedCostEClass, FIXED_COST__MONTHLY_AMOUNT);

		investmentEClass = createEClass(INVESTMENT);
		createEAttribute(investmentEClass, INVESTMENT__AMOUNT);
		createEAttribute(investmentEClass, INVESTMENT__MONTH);
		createEAttribute(investmentEClass, INVESTMENT__DEPRECIATION_YEARS);

		impactIndicatorEClass = createEClass(IMPACT_INDICATOR);
		createEAttribute(impactIndicatorEClass, IMPACT_INDICATOR__METRIC);
		createEAttribute(impactIndicatorEClass, IMPACT_INDICATOR__ANNUAL_TARGET);
		createEAttribute(impactIndicatorEClass, IMPACT_INDICATOR__UNIT);

		seasonalityProfileEClass = createEClass(SEASONALITY_PROFILE);
		createEAttribute(seasonalityProfileEClass, SEASONALITY_PROFILE__FACTORS);

		distributionEClass = createEClass(DISTRIBUTION);
		createEAttribute(distributionEClass, DISTRIBUTION__KIND);
		createEAttribute(distributionEClass, DISTRIBUTION__MIN);
		createEAttribute(distributionEClass, DISTRIBUTION__MODE);
		createEAttribute(distributionEClass, DISTRIBUTION__MAX);
		createEAttribute(distributionEClass, DISTRIBUTION__MEAN);
		createEAttribute(distributionEClass, DISTRIBUTION__STANDARD_DEVIATION);
		createEAttribute(distributionEClass, DISTRIBUTION__PROBABILITY);
		createEAttribute(distributionEClass, DISTRIBUTION__VALUES);
		createEAttribute(distributionEClass, DISTRIBUTION__WEIGHTS);
		createEReference(distributionEClass, DISTRIBUTION__ESTIMATES);

		estimateEClass = createEClass(ESTIMATE);
		createEAttribute(estimateEClass, ESTIMATE__LOW);
		createEAttribute(estimateEClass, ESTIMATE__LIKELY);
		createEAttribute(estimateEClass, ESTIMATE__HIGH);

		driverEClass = createEClass(DRIVER);
		createEAttribute(driverEClass, DRIVER__PERSISTENCE);

		uncertaintyEClass = createEClass(UNCERTAINTY);
		createEReference(uncertaintyEClass, UNCERTAINTY__TARGET);
		createEAttribute(uncertaintyEClass, UNCERTAINTY__ATTRIBUTE);
		createEAttribute(uncertaintyEClass, UNCERTAINTY__INDEX);
		createEReference(uncertaintyEClass, UNCERTAINTY__DISTRIBUTION);
		createEAttribute(uncertaintyEClass, UNCERTAINTY__DRAW_PER_YEAR);
		createEReference(uncertaintyEClass, UNCERTAINTY__DRIVER);
		createEAttribute(uncertaintyEClass, UNCERTAINTY__STRENGTH);

		scenarioEClass = createEClass(SCENARIO);
		createEReference(scenarioEClass, SCENARIO__OVERRIDES);

		scenarioOverrideEClass = createEClass(SCENARIO_OVERRIDE);
		createEReference(scenarioOverrideEClass, SCENARIO_OVERRIDE__TARGET);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__ATTRIBUTE);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__INDEX);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__MODE);
		createEAttribute(scenarioOverrideEClass, SCENARIO_OVERRIDE__VALUE);

		activityEClass = createEClass(ACTIVITY);
		createEAttribute(activityEClass, ACTIVITY__DURATION_MINUTES);
		createEAttribute(activityEClass, ACTIVITY__ATTENDEES);
		createEAttribute(activityEClass, ACTIVITY__REQUIRED_EQUIPMENT);
		createEAttribute(activityEClass, ACTIVITY__ALLOWED_DAYS);
		createEAttribute(activityEClass, ACTIVITY__EARLIEST_START);
		createEAttribute(activityEClass, ACTIVITY__LATEST_END);
		createEAttribute(activityEClass, ACTIVITY__PREFERRED_START);
		createEAttribute(activityEClass, ACTIVITY__PRIORITY);
		createEAttribute(activityEClass, ACTIVITY__VALUE);
		createEAttribute(activityEClass, ACTIVITY__MANDATORY);

		spacePlanSettingsEClass = createEClass(SPACE_PLAN_SETTINGS);
		createEAttribute(spacePlanSettingsEClass, SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS);
		createEAttribute(spacePlanSettingsEClass, SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK);
		createEAttribute(spacePlanSettingsEClass, SPACE_PLAN_SETTINGS__RESULT_WEIGHT);
		createEAttribute(spacePlanSettingsEClass, SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT);
		createEAttribute(spacePlanSettingsEClass, SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT);
		createEAttribute(spacePlanSettingsEClass, SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT);

		actualAccountsEClass = createEClass(ACTUAL_ACCOUNTS);
		createEAttribute(actualAccountsEClass, ACTUAL_ACCOUNTS__SOURCE);
		createEReference(actualAccountsEClass, ACTUAL_ACCOUNTS__BALANCES);
		createEReference(actualAccountsEClass, ACTUAL_ACCOUNTS__CASH);
		createEReference(actualAccountsEClass, ACTUAL_ACCOUNTS__MAPPINGS);

		accountBalanceEClass = createEClass(ACCOUNT_BALANCE);
		createEAttribute(accountBalanceEClass, ACCOUNT_BALANCE__ACCOUNT);
		createEAttribute(accountBalanceEClass, ACCOUNT_BALANCE__LABEL);
		createEAttribute(accountBalanceEClass, ACCOUNT_BALANCE__MONTH);
		createEAttribute(accountBalanceEClass, ACCOUNT_BALANCE__AMOUNT);

		cashBalanceEClass = createEClass(CASH_BALANCE);
		createEAttribute(cashBalanceEClass, CASH_BALANCE__MONTH);
		createEAttribute(cashBalanceEClass, CASH_BALANCE__AMOUNT);

		accountMappingEClass = createEClass(ACCOUNT_MAPPING);
		createEAttribute(accountMappingEClass, ACCOUNT_MAPPING__ACCOUNT);
		createEAttribute(accountMappingEClass, ACCOUNT_MAPPING__LINE);

		// Create enums
		legalFormEEnum = createEEnum(LEGAL_FORM);
		segmentKindEEnum = createEEnum(SEGMENT_KIND);
		roomFunctionEEnum = createEEnum(ROOM_FUNCTION);
		equipmentEEnum = createEEnum(EQUIPMENT);
		dayOfWeekEEnum = createEEnum(DAY_OF_WEEK);
		visitUnitEEnum = createEEnum(VISIT_UNIT);
		serviceKindEEnum = createEEnum(SERVICE_KIND);
		costCategoryEEnum = createEEnum(COST_CATEGORY);
		funderLevelEEnum = createEEnum(FUNDER_LEVEL);
		grantKindEEnum = createEEnum(GRANT_KIND);
		paymentModeEEnum = createEEnum(PAYMENT_MODE);
		impactMetricEEnum = createEEnum(IMPACT_METRIC);
		distributionKindEEnum = createEEnum(DISTRIBUTION_KIND);
		overrideModeEEnum = createEEnum(OVERRIDE_MODE);
		activityPriorityEEnum = createEEnum(ACTIVITY_PRIORITY);

		// Create data types
		yearMonthEDataType = createEDataType(YEAR_MONTH);
		timeOfDayEDataType = createEDataType(TIME_OF_DAY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		communityBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		offersBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		spacesBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		teamBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		partnersBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		incomeBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		fundingBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		costsBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		impactBlockEClass.getESuperTypes().add(this.getCanvasBlock());
		segmentEClass.getESuperTypes().add(this.getElement());
		offerEClass.getESuperTypes().add(this.getElement());
		offerEClass.getESuperTypes().add(this.getIndexed());
		volumeOfferEClass.getESuperTypes().add(this.getOffer());
		membershipTierEClass.getESuperTypes().add(this.getOffer());
		dropInEClass.getESuperTypes().add(this.getVolumeOffer());
		roomRentalEClass.getESuperTypes().add(this.getVolumeOffer());
		serviceEClass.getESuperTypes().add(this.getVolumeOffer());
		roomEClass.getESuperTypes().add(this.getElement());
		staffMemberEClass.getESuperTypes().add(this.getElement());
		staffMemberEClass.getESuperTypes().add(this.getCostLine());
		staffMemberEClass.getESuperTypes().add(this.getIndexed());
		volunteeringEClass.getESuperTypes().add(this.getElement());
		funderEClass.getESuperTypes().add(this.getElement());
		grantEClass.getESuperTypes().add(this.getElement());
		reimbursementGrantEClass.getESuperTypes().add(this.getElement());
		loanEClass.getESuperTypes().add(this.getElement());
		fixedCostEClass.getESuperTypes().add(this.getElement());
		fixedCostEClass.getESuperTypes().add(this.getCostLine());
		fixedCostEClass.getESuperTypes().add(this.getIndexed());
		investmentEClass.getESuperTypes().add(this.getElement());
		investmentEClass.getESuperTypes().add(this.getCostLine());
		impactIndicatorEClass.getESuperTypes().add(this.getElement());
		seasonalityProfileEClass.getESuperTypes().add(this.getElement());
		driverEClass.getESuperTypes().add(this.getElement());
		uncertaintyEClass.getESuperTypes().add(this.getElement());
		scenarioEClass.getESuperTypes().add(this.getElement());
		activityEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(costLineEClass, CostLine.class, "CostLine", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(indexedEClass, Indexed.class, "Indexed", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndexed_IndexationRate(), ecorePackage.getEDoubleObject(), "indexationRate", null, 0, 1, Indexed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(canvasEClass, Canvas.class, "Canvas", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCanvas_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_Name(), ecorePackage.getEString(), "name", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_Description(), ecorePackage.getEString(), "description", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_Territory(), ecorePackage.getEString(), "territory", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_Siren(), ecorePackage.getEString(), "siren", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_Currency(), ecorePackage.getEString(), "currency", "EUR", 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_LegalForm(), this.getLegalForm(), "legalForm", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_StartMonth(), this.getYearMonth(), "startMonth", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_HorizonYears(), ecorePackage.getEInt(), "horizonYears", "5", 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_InflationRate(), ecorePackage.getEDouble(), "inflationRate", "0.02", 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_OpeningCash(), ecorePackage.getEDouble(), "openingCash", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCanvas_CommercialTaxThreshold(), ecorePackage.getEDouble(), "commercialTaxThreshold", "78596", 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Community(), this.getCommunityBlock(), null, "community", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Offers(), this.getOffersBlock(), null, "offers", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Spaces(), this.getSpacesBlock(), null, "spaces", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Team(), this.getTeamBlock(), null, "team", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Partners(), this.getPartnersBlock(), null, "partners", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Income(), this.getIncomeBlock(), null, "income", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Funding(), this.getFundingBlock(), null, "funding", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Costs(), this.getCostsBlock(), null, "costs", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Impact(), this.getImpactBlock(), null, "impact", null, 1, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_SeasonalityProfiles(), this.getSeasonalityProfile(), null, "seasonalityProfiles", null, 0, -1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Uncertainties(), this.getUncertainty(), null, "uncertainties", null, 0, -1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Drivers(), this.getDriver(), null, "drivers", null, 0, -1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Activities(), this.getActivity(), null, "activities", null, 0, -1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_SpacePlanSettings(), this.getSpacePlanSettings(), null, "spacePlanSettings", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvas_Actuals(), this.getActualAccounts(), null, "actuals", null, 0, 1, Canvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(canvasBlockEClass, CanvasBlock.class, "CanvasBlock", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCanvasBlock_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, CanvasBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(communityBlockEClass, CommunityBlock.class, "CommunityBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCommunityBlock_Segments(), this.getSegment(), null, "segments", null, 0, -1, CommunityBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offersBlockEClass, OffersBlock.class, "OffersBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOffersBlock_MembershipTiers(), this.getMembershipTier(), null, "membershipTiers", null, 0, -1, OffersBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffersBlock_DropIns(), this.getDropIn(), null, "dropIns", null, 0, -1, OffersBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffersBlock_Rentals(), this.getRoomRental(), null, "rentals", null, 0, -1, OffersBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffersBlock_Services(), this.getService(), null, "services", null, 0, -1, OffersBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spacesBlockEClass, SpacesBlock.class, "SpacesBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSpacesBlock_Rooms(), this.getRoom(), null, "rooms", null, 0, -1, SpacesBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamBlockEClass, TeamBlock.class, "TeamBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTeamBlock_Staff(), this.getStaffMember(), null, "staff", null, 0, -1, TeamBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeamBlock_Volunteering(), this.getVolunteering(), null, "volunteering", null, 0, -1, TeamBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnersBlockEClass, PartnersBlock.class, "PartnersBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPartnersBlock_Funders(), this.getFunder(), null, "funders", null, 0, -1, PartnersBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(incomeBlockEClass, IncomeBlock.class, "IncomeBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(fundingBlockEClass, FundingBlock.class, "FundingBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFundingBlock_Grants(), this.getGrant(), null, "grants", null, 0, -1, FundingBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingBlock_ReimbursementGrants(), this.getReimbursementGrant(), null, "reimbursementGrants", null, 0, -1, FundingBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingBlock_Loans(), this.getLoan(), null, "loans", null, 0, -1, FundingBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(costsBlockEClass, CostsBlock.class, "CostsBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCostsBlock_FixedCosts(), this.getFixedCost(), null, "fixedCosts", null, 0, -1, CostsBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCostsBlock_Investments(), this.getInvestment(), null, "investments", null, 0, -1, CostsBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(impactBlockEClass, ImpactBlock.class, "ImpactBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImpactBlock_Indicators(), this.getImpactIndicator(), null, "indicators", null, 0, -1, ImpactBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Kind(), this.getSegmentKind(), "kind", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Size(), ecorePackage.getEDouble(), "size", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offerEClass, Offer.class, "Offer", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOffer_Segment(), this.getSegment(), null, "segment", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_SolidarityPriced(), ecorePackage.getEBoolean(), "solidarityPriced", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_SolidarityPriceCap(), ecorePackage.getEDouble(), "solidarityPriceCap", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffer_PriceLadder(), this.getPriceLadder(), null, "priceLadder", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volumeOfferEClass, VolumeOffer.class, "VolumeOffer", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVolumeOffer_Seasonality(), this.getSeasonalityProfile(), null, "seasonality", null, 0, 1, VolumeOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(membershipTierEClass, MembershipTier.class, "MembershipTier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMembershipTier_MonthlyFee(), ecorePackage.getEDouble(), "monthlyFee", null, 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembershipTier_JoiningFee(), ecorePackage.getEDouble(), "joiningFee", null, 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembershipTier_DeskUsage(), ecorePackage.getEDouble(), "deskUsage", "1.0", 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembershipTier_StartCount(), ecorePackage.getEDouble(), "startCount", null, 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembershipTier_TargetCount(), ecorePackage.getEDouble(), "targetCount", null, 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembershipTier_RampUpMonths(), ecorePackage.getEInt(), "rampUpMonths", null, 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembershipTier_MonthlyChurn(), ecorePackage.getEDouble(), "monthlyChurn", null, 0, 1, MembershipTier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dropInEClass, DropIn.class, "DropIn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDropIn_PricePerVisit(), ecorePackage.getEDouble(), "pricePerVisit", null, 0, 1, DropIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDropIn_VisitsPerMonth(), ecorePackage.getEDouble(), "visitsPerMonth", null, 0, 1, DropIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDropIn_VisitUnit(), this.getVisitUnit(), "visitUnit", null, 0, 1, DropIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roomRentalEClass, RoomRental.class, "RoomRental", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRoomRental_Room(), this.getRoom(), null, "room", null, 1, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoomRental_HourlyRate(), ecorePackage.getEDouble(), "hourlyRate", null, 0, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoomRental_HalfDayPrice(), ecorePackage.getEDouble(), "halfDayPrice", null, 0, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoomRental_DayPrice(), ecorePackage.getEDouble(), "dayPrice", null, 0, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoomRental_BookableHoursPerMonth(), ecorePackage.getEDoubleObject(), "bookableHoursPerMonth", null, 0, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoomRental_OccupancyRate(), ecorePackage.getEDouble(), "occupancyRate", null, 0, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoomRental_DirectCostPerHour(), ecorePackage.getEDouble(), "directCostPerHour", null, 0, 1, RoomRental.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getService_Kind(), this.getServiceKind(), "kind", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_UnitsPerMonth(), ecorePackage.getEDouble(), "unitsPerMonth", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_UnitLabel(), ecorePackage.getEString(), "unitLabel", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_UnitPrice(), ecorePackage.getEDouble(), "unitPrice", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_VariableCostPerUnit(), ecorePackage.getEDouble(), "variableCostPerUnit", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_Room(), this.getRoom(), null, "room", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_BeneficiariesPerUnit(), ecorePackage.getEDouble(), "beneficiariesPerUnit", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_PublicHoursPerUnit(), ecorePackage.getEDouble(), "publicHoursPerUnit", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(priceLadderEClass, PriceLadder.class, "PriceLadder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPriceLadder_Levels(), ecorePackage.getEDouble(), "levels", null, 0, -1, PriceLadder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriceLadder_Elasticity(), ecorePackage.getEDouble(), "elasticity", "-0.5", 0, 1, PriceLadder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roomEClass, Room.class, "Room", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoom_AreaM2(), ecorePackage.getEDouble(), "areaM2", null, 0, 1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoom_Capacity(), ecorePackage.getEInt(), "capacity", null, 0, 1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoom_Kind(), this.getRoomFunction(), "kind", null, 0, 1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoom_AllowedFunctions(), this.getRoomFunction(), "allowedFunctions", null, 0, -1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoom_Equipment(), this.getEquipment(), "equipment", null, 0, -1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoom_OpeningHours(), this.getOpeningSlot(), null, "openingHours", null, 0, -1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoom_Accessible(), ecorePackage.getEBoolean(), "accessible", null, 0, 1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoom_PublicAccess(), ecorePackage.getEBoolean(), "publicAccess", null, 0, 1, Room.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(openingSlotEClass, OpeningSlot.class, "OpeningSlot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpeningSlot_Day(), this.getDayOfWeek(), "day", null, 0, 1, OpeningSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpeningSlot_OpensAt(), this.getTimeOfDay(), "opensAt", null, 1, 1, OpeningSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpeningSlot_ClosesAt(), this.getTimeOfDay(), "closesAt", null, 1, 1, OpeningSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffMemberEClass, StaffMember.class, "StaffMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaffMember_Role(), ecorePackage.getEString(), "role", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_Fte(), ecorePackage.getEDouble(), "fte", "1.0", 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_GrossMonthlySalary(), ecorePackage.getEDouble(), "grossMonthlySalary", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_EmployerContributionRate(), ecorePackage.getEDouble(), "employerContributionRate", "0.42", 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_StartMonth(), ecorePackage.getEInt(), "startMonth", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_EndMonth(), ecorePackage.getEIntegerObject(), "endMonth", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volunteeringEClass, Volunteering.class, "Volunteering", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVolunteering_HoursPerMonth(), ecorePackage.getEDouble(), "hoursPerMonth", null, 0, 1, Volunteering.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolunteering_HourlyValue(), ecorePackage.getEDouble(), "hourlyValue", null, 0, 1, Volunteering.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(funderEClass, Funder.class, "Funder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFunder_Level(), this.getFunderLevel(), "level", null, 0, 1, Funder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunder_Siren(), ecorePackage.getEString(), "siren", null, 0, 1, Funder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(grantEClass, Grant.class, "Grant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGrant_Funder(), this.getFunder(), null, "funder", null, 1, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_Kind(), this.getGrantKind(), "kind", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_CommittedAmounts(), ecorePackage.getEDouble(), "committedAmounts", null, 0, -1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_FirstGrantYear(), ecorePackage.getEInt(), "firstGrantYear", "1", 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_PaymentMode(), this.getPaymentMode(), "paymentMode", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_AdvanceShare(), ecorePackage.getEDouble(), "advanceShare", "0.5", 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_AdvanceDelayMonths(), ecorePackage.getEInt(), "advanceDelayMonths", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_BalanceDelayMonths(), ecorePackage.getEInt(), "balanceDelayMonths", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_DelayMonths(), ecorePackage.getEInt(), "delayMonths", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_RenewalProbability(), ecorePackage.getEDouble(), "renewalProbability", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGrant_RenewalAmount(), ecorePackage.getEDouble(), "renewalAmount", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGrant_FinancedInvestment(), this.getInvestment(), null, "financedInvestment", null, 0, 1, Grant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reimbursementGrantEClass, ReimbursementGrant.class, "ReimbursementGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReimbursementGrant_Funder(), this.getFunder(), null, "funder", null, 1, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_Kind(), this.getGrantKind(), "kind", "PROJECT", 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_Rate(), ecorePackage.getEDouble(), "rate", null, 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReimbursementGrant_EligibleCosts(), this.getCostLine(), null, "eligibleCosts", null, 0, -1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_ProgrammeStartMonth(), ecorePackage.getEInt(), "programmeStartMonth", null, 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_ProgrammeEndMonth(), ecorePackage.getEInt(), "programmeEndMonth", null, 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_Cap(), ecorePackage.getEDouble(), "cap", null, 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_ClaimEveryMonths(), ecorePackage.getEInt(), "claimEveryMonths", "6", 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReimbursementGrant_DelayMonths(), ecorePackage.getEInt(), "delayMonths", null, 0, 1, ReimbursementGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(loanEClass, Loan.class, "Loan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLoan_Lender(), ecorePackage.getEString(), "lender", null, 0, 1, Loan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoan_Principal(), ecorePackage.getEDouble(), "principal", null, 0, 1, Loan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoan_AnnualRate(), ecorePackage.getEDouble(), "annualRate", null, 0, 1, Loan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoan_DurationMonths(), ecorePackage.getEInt(), "durationMonths", null, 0, 1, Loan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoan_DeferralMonths(), ecorePackage.getEInt(), "deferralMonths", null, 0, 1, Loan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoan_StartMonth(), ecorePackage.getEInt(), "startMonth", null, 0, 1, Loan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedCostEClass, FixedCost.class, "FixedCost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedCost_Category(), this.getCostCategory(), "category", null, 0, 1, FixedCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixedCost_MonthlyAmount(), ecorePackage.getEDouble(), "monthlyAmount", null, 0, 1, FixedCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(investmentEClass, Investment.class, "Investment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvestment_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestment_Month(), ecorePackage.getEInt(), "month", null, 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestment_DepreciationYears(), ecorePackage.getEInt(), "depreciationYears", "5", 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(impactIndicatorEClass, ImpactIndicator.class, "ImpactIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImpactIndicator_Metric(), this.getImpactMetric(), "metric", null, 0, 1, ImpactIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImpactIndicator_AnnualTarget(), ecorePackage.getEDouble(), "annualTarget", null, 0, 1, ImpactIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImpactIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ImpactIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(seasonalityProfileEClass, SeasonalityProfile.class, "SeasonalityProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeasonalityProfile_Factors(), ecorePackage.getEDouble(), "factors", null, 0, -1, SeasonalityProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distributionEClass, Distribution.class, "Distribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDistribution_Kind(), this.getDistributionKind(), "kind", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Min(), ecorePackage.getEDouble(), "min", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Mode(), ecorePackage.getEDouble(), "mode", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Max(), ecorePackage.getEDouble(), "max", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Mean(), ecorePackage.getEDouble(), "mean", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_StandardDeviation(), ecorePackage.getEDouble(), "standardDeviation", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Probability(), ecorePackage.getEDouble(), "probability", null, 0, 1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistribution_Weights(), ecorePackage.getEDouble(), "weights", null, 0, -1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDistribution_Estimates(), this.getEstimate(), null, "estimates", null, 0, -1, Distribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(estimateEClass, Estimate.class, "Estimate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEstimate_Low(), ecorePackage.getEDouble(), "low", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_Likely(), ecorePackage.getEDouble(), "likely", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_High(), ecorePackage.getEDouble(), "high", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverEClass, Driver.class, "Driver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriver_Persistence(), ecorePackage.getEDouble(), "persistence", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uncertaintyEClass, Uncertainty.class, "Uncertainty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUncertainty_Target(), ecorePackage.getEObject(), null, "target", null, 1, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUncertainty_Attribute(), ecorePackage.getEString(), "attribute", null, 1, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUncertainty_Index(), ecorePackage.getEInt(), "index", "-1", 0, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUncertainty_Distribution(), this.getDistribution(), null, "distribution", null, 1, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUncertainty_DrawPerYear(), ecorePackage.getEBoolean(), "drawPerYear", null, 0, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUncertainty_Driver(), this.getDriver(), null, "driver", null, 0, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUncertainty_Strength(), ecorePackage.getEDouble(), "strength", null, 0, 1, Uncertainty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScenario_Overrides(), this.getScenarioOverride(), null, "overrides", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioOverrideEClass, ScenarioOverride.class, "ScenarioOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScenarioOverride_Target(), ecorePackage.getEObject(), null, "target", null, 1, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_Attribute(), ecorePackage.getEString(), "attribute", null, 1, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_Index(), ecorePackage.getEInt(), "index", "-1", 0, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_Mode(), this.getOverrideMode(), "mode", null, 0, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioOverride_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, ScenarioOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivity_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", "60", 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Attendees(), ecorePackage.getEInt(), "attendees", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_RequiredEquipment(), this.getEquipment(), "requiredEquipment", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_AllowedDays(), this.getDayOfWeek(), "allowedDays", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_EarliestStart(), this.getTimeOfDay(), "earliestStart", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_LatestEnd(), this.getTimeOfDay(), "latestEnd", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_PreferredStart(), this.getTimeOfDay(), "preferredStart", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Priority(), this.getActivityPriority(), "priority", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Mandatory(), ecorePackage.getEBoolean(), "mandatory", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spacePlanSettingsEClass, SpacePlanSettings.class, "SpacePlanSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpacePlanSettings_MinimumResidentDesks(), ecorePackage.getEInt(), "minimumResidentDesks", null, 0, 1, SpacePlanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpacePlanSettings_MinimumPublicHoursPerWeek(), ecorePackage.getEDouble(), "minimumPublicHoursPerWeek", null, 0, 1, SpacePlanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpacePlanSettings_ResultWeight(), ecorePackage.getEDouble(), "resultWeight", "1.0", 0, 1, SpacePlanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpacePlanSettings_PublicHoursWeight(), ecorePackage.getEDouble(), "publicHoursWeight", null, 0, 1, SpacePlanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpacePlanSettings_BeneficiariesWeight(), ecorePackage.getEDouble(), "beneficiariesWeight", null, 0, 1, SpacePlanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpacePlanSettings_SolidarityWeight(), ecorePackage.getEDouble(), "solidarityWeight", null, 0, 1, SpacePlanSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actualAccountsEClass, ActualAccounts.class, "ActualAccounts", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActualAccounts_Source(), ecorePackage.getEString(), "source", null, 0, 1, ActualAccounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActualAccounts_Balances(), this.getAccountBalance(), null, "balances", null, 0, -1, ActualAccounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActualAccounts_Cash(), this.getCashBalance(), null, "cash", null, 0, -1, ActualAccounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActualAccounts_Mappings(), this.getAccountMapping(), null, "mappings", null, 0, -1, ActualAccounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountBalanceEClass, AccountBalance.class, "AccountBalance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountBalance_Account(), ecorePackage.getEString(), "account", null, 1, 1, AccountBalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountBalance_Label(), ecorePackage.getEString(), "label", null, 0, 1, AccountBalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountBalance_Month(), this.getYearMonth(), "month", null, 1, 1, AccountBalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountBalance_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, AccountBalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cashBalanceEClass, CashBalance.class, "CashBalance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCashBalance_Month(), this.getYearMonth(), "month", null, 1, 1, CashBalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCashBalance_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, CashBalance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountMappingEClass, AccountMapping.class, "AccountMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountMapping_Account(), ecorePackage.getEString(), "account", null, 1, 1, AccountMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountMapping_Line(), ecorePackage.getEString(), "line", null, 1, 1, AccountMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(legalFormEEnum, LegalForm.class, "LegalForm");
		addEEnumLiteral(legalFormEEnum, LegalForm.ASSOCIATION);
		addEEnumLiteral(legalFormEEnum, LegalForm.SCIC);
		addEEnumLiteral(legalFormEEnum, LegalForm.SCOP);
		addEEnumLiteral(legalFormEEnum, LegalForm.COMPANY);
		addEEnumLiteral(legalFormEEnum, LegalForm.PUBLIC_BODY);

		initEEnum(segmentKindEEnum, SegmentKind.class, "SegmentKind");
		addEEnumLiteral(segmentKindEEnum, SegmentKind.RESIDENT);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.NOMAD);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.DROP_IN);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.HOSTED_ASSOCIATION);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.PUBLIC_USER);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.JOB_SEEKER);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.SENIOR);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.COMPANY);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.STUDENT);
		addEEnumLiteral(segmentKindEEnum, SegmentKind.OTHER);

		initEEnum(roomFunctionEEnum, RoomFunction.class, "RoomFunction");
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.OPEN_COWORKING);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.PRIVATE_OFFICE);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.MEETING_ROOM);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.WORKSHOP_FABLAB);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.EVENT_HALL);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.EPN_TRAINING);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.CAFE);
		addEEnumLiteral(roomFunctionEEnum, RoomFunction.OTHER);

		initEEnum(equipmentEEnum, Equipment.class, "Equipment");
		addEEnumLiteral(equipmentEEnum, Equipment.PROJECTOR);
		addEEnumLiteral(equipmentEEnum, Equipment.VIDEOCONFERENCE);
		addEEnumLiteral(equipmentEEnum, Equipment.WHITEBOARD);
		addEEnumLiteral(equipmentEEnum, Equipment.COMPUTERS);
		addEEnumLiteral(equipmentEEnum, Equipment.PRINTER_3D);
		addEEnumLiteral(equipmentEEnum, Equipment.LASER_CUTTER);
		addEEnumLiteral(equipmentEEnum, Equipment.CNC_MACHINE);
		addEEnumLiteral(equipmentEEnum, Equipment.ELECTRONICS_BENCH);
		addEEnumLiteral(equipmentEEnum, Equipment.SEWING_MACHINES);
		addEEnumLiteral(equipmentEEnum, Equipment.KITCHEN);
		addEEnumLiteral(equipmentEEnum, Equipment.SOUND_SYSTEM);
		addEEnumLiteral(equipmentEEnum, Equipment.STAGE);

		initEEnum(dayOfWeekEEnum, DayOfWeek.class, "DayOfWeek");
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.MONDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.TUESDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.WEDNESDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.THURSDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.FRIDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.SATURDAY);
		addEEnumLiteral(dayOfWeekEEnum, DayOfWeek.SUNDAY);

		initEEnum(visitUnitEEnum, VisitUnit.class, "VisitUnit");
		addEEnumLiteral(visitUnitEEnum, VisitUnit.DAY);
		addEEnumLiteral(visitUnitEEnum, VisitUnit.HALF_DAY);

		initEEnum(serviceKindEEnum, ServiceKind.class, "ServiceKind");
		addEEnumLiteral(serviceKindEEnum, ServiceKind.TRAINING);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.WORKSHOP);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.DIGITAL_MEDIATION);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.EVENT);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.FABLAB_TIME);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.DOMICILIATION);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.CAFE);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.HOSTING);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.OTHER);

		initEEnum(costCategoryEEnum, CostCategory.class, "CostCategory");
		addEEnumLiteral(costCategoryEEnum, CostCategory.RENT);
		addEEnumLiteral(costCategoryEEnum, CostCategory.ENERGY);
		addEEnumLiteral(costCategoryEEnum, CostCategory.INSURANCE);
		addEEnumLiteral(costCategoryEEnum, CostCategory.TELECOM);
		addEEnumLiteral(costCategoryEEnum, CostCategory.MAINTENANCE);
		addEEnumLiteral(costCategoryEEnum, CostCategory.COMMUNICATION);
		addEEnumLiteral(costCategoryEEnum, CostCategory.ACCOUNTING);
		addEEnumLiteral(costCategoryEEnum, CostCategory.CONSUMABLES);
		addEEnumLiteral(costCategoryEEnum, CostCategory.OTHER);

		initEEnum(funderLevelEEnum, FunderLevel.class, "FunderLevel");
		addEEnumLiteral(funderLevelEEnum, FunderLevel.COMMUNE);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.EPCI);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.DEPARTEMENT);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.REGION);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.STATE);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.EUROPE);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.FOUNDATION);
		addEEnumLiteral(funderLevelEEnum, FunderLevel.OTHER);

		initEEnum(grantKindEEnum, GrantKind.class, "GrantKind");
		addEEnumLiteral(grantKindEEnum, GrantKind.OPERATING);
		addEEnumLiteral(grantKindEEnum, GrantKind.PROJECT);
		addEEnumLiteral(grantKindEEnum, GrantKind.INVESTMENT);
		addEEnumLiteral(grantKindEEnum, GrantKind.JOB_AID);

		initEEnum(paymentModeEEnum, PaymentMode.class, "PaymentMode");
		addEEnumLiteral(paymentModeEEnum, PaymentMode.ADVANCE_AND_BALANCE);
		addEEnumLiteral(paymentModeEEnum, PaymentMode.MONTHLY);

		initEEnum(impactMetricEEnum, ImpactMetric.class, "ImpactMetric");
		addEEnumLiteral(impactMetricEEnum, ImpactMetric.BENEFICIARIES);
		addEEnumLiteral(impactMetricEEnum, ImpactMetric.PUBLIC_OPENING_HOURS);
		addEEnumLiteral(impactMetricEEnum, ImpactMetric.SOLIDARITY_SHARE);
		addEEnumLiteral(impactMetricEEnum, ImpactMetric.JOBS_CREATED);
		addEEnumLiteral(impactMetricEEnum, ImpactMetric.VOLUNTEER_HOURS);
		addEEnumLiteral(impactMetricEEnum, ImpactMetric.OTHER);

		initEEnum(distributionKindEEnum, DistributionKind.class, "DistributionKind");
		addEEnumLiteral(distributionKindEEnum, DistributionKind.FIXED);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.UNIFORM);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.TRIANGULAR);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.PERT);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.TRUNCATED_NORMAL);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.BERNOULLI);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.DISCRETE);
		addEEnumLiteral(distributionKindEEnum, DistributionKind.GROUP_ESTIMATE);

		initEEnum(overrideModeEEnum, OverrideMode.class, "OverrideMode");
		addEEnumLiteral(overrideModeEEnum, OverrideMode.SET);
		addEEnumLiteral(overrideModeEEnum, OverrideMode.MULTIPLY);

		initEEnum(activityPriorityEEnum, ActivityPriority.class, "ActivityPriority");
		addEEnumLiteral(activityPriorityEEnum, ActivityPriority.REVENUE);
		addEEnumLiteral(activityPriorityEEnum, ActivityPriority.SOCIAL);

		// Initialize data types
		initEDataType(yearMonthEDataType, YearMonth.class, "YearMonth", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(timeOfDayEDataType, LocalTime.class, "TimeOfDay", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //PerennePackageImpl
