/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.time.YearMonth;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.perenne.model.Activity;
import org.perenne.model.ActualAccounts;
import org.perenne.model.Canvas;
import org.perenne.model.CommunityBlock;
import org.perenne.model.CostsBlock;
import org.perenne.model.Driver;
import org.perenne.model.FundingBlock;
import org.perenne.model.ImpactBlock;
import org.perenne.model.IncomeBlock;
import org.perenne.model.LegalForm;
import org.perenne.model.OffersBlock;
import org.perenne.model.PartnersBlock;
import org.perenne.model.PerennePackage;
import org.perenne.model.Scenario;
import org.perenne.model.SeasonalityProfile;
import org.perenne.model.SpacePlanSettings;
import org.perenne.model.SpacesBlock;
import org.perenne.model.TeamBlock;
import org.perenne.model.Uncertainty;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Canvas</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getSiren <em>Siren</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getLegalForm <em>Legal Form</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getStartMonth <em>Start Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getHorizonYears <em>Horizon Years</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getInflationRate <em>Inflation Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getOpeningCash <em>Opening Cash</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getCommercialTaxThreshold <em>Commercial Tax Threshold</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getCommunity <em>Community</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getOffers <em>Offers</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getSpaces <em>Spaces</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getIncome <em>Income</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getCosts <em>Costs</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getSeasonalityProfiles <em>Seasonality Profiles</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getUncertainties <em>Uncertainties</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getSpacePlanSettings <em>Space Plan Settings</em>}</li>
 *   <li>{@link org.perenne.model.impl.CanvasImpl#getActuals <em>Actuals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CanvasImpl extends EObjectImpl implements Canvas {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTerritory() <em>Territory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected static final String TERRITORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerritory() <em>Territory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritory()
	 * @generated
	 * @ordered
	 */
	protected String territory = TERRITORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSiren() <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiren()
	 * @generated
	 * @ordered
	 */
	protected static final String SIREN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSiren() <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiren()
	 * @generated
	 * @ordered
	 */
	protected String siren = SIREN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "EUR";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalForm() <em>Legal Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalForm()
	 * @generated
	 * @ordered
	 */
	protected static final LegalForm LEGAL_FORM_EDEFAULT = LegalForm.ASSOCIATION;

	/**
	 * The cached value of the '{@link #getLegalForm() <em>Legal Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalForm()
	 * @generated
	 * @ordered
	 */
	protected LegalForm legalForm = LEGAL_FORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth START_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected YearMonth startMonth = START_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHorizonYears() <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonYears()
	 * @generated
	 * @ordered
	 */
	protected static final int HORIZON_YEARS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getHorizonYears() <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonYears()
	 * @generated
	 * @ordered
	 */
	protected int horizonYears = HORIZON_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInflationRate() <em>Inflation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInflationRate()
	 * @generated
	 * @ordered
	 */
	protected static final double INFLATION_RATE_EDEFAULT = 0.02;

	/**
	 * The cached value of the '{@link #getInflationRate() <em>Inflation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInflationRate()
	 * @generated
	 * @ordered
	 */
	protected double inflationRate = INFLATION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpeningCash() <em>Opening Cash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpeningCash()
	 * @generated
	 * @ordered
	 */
	protected static final double OPENING_CASH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOpeningCash() <em>Opening Cash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpeningCash()
	 * @generated
	 * @ordered
	 */
	protected double openingCash = OPENING_CASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommercialTaxThreshold() <em>Commercial Tax Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommercialTaxThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double COMMERCIAL_TAX_THRESHOLD_EDEFAULT = 78596.0;

	/**
	 * The cached value of the '{@link #getCommercialTaxThreshold() <em>Commercial Tax Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommercialTaxThreshold()
	 * @generated
	 * @ordered
	 */
	protected double commercialTaxThreshold = COMMERCIAL_TAX_THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommunity() <em>Community</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunity()
	 * @generated
	 * @ordered
	 */
	protected CommunityBlock community;

	/**
	 * The cached value of the '{@link #getOffers() <em>Offers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffers()
	 * @generated
	 * @ordered
	 */
	protected OffersBlock offers;

	/**
	 * The cached value of the '{@link #getSpaces() <em>Spaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpaces()
	 * @generated
	 * @ordered
	 */
	protected SpacesBlock spaces;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected TeamBlock team;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected PartnersBlock partners;

	/**
	 * The cached value of the '{@link #getIncome() <em>Income</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncome()
	 * @generated
	 * @ordered
	 */
	protected IncomeBlock income;

	/**
	 * The cached value of the '{@link #getFunding() <em>Funding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected FundingBlock funding;

	/**
	 * The cached value of the '{@link #getCosts() <em>Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosts()
	 * @generated
	 * @ordered
	 */
	protected CostsBlock costs;

	/**
	 * The cached value of the '{@link #getImpact() <em>Impact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected ImpactBlock impact;

	/**
	 * The cached value of the '{@link #getSeasonalityProfiles() <em>Seasonality Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeasonalityProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<SeasonalityProfile> seasonalityProfiles;

	/**
	 * The cached value of the '{@link #getUncertainties() <em>Uncertainties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainties()
	 * @generated
	 * @ordered
	 */
	protected EList<Uncertainty> uncertainties;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> drivers;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * The cached value of the '{@link #getSpacePlanSettings() <em>Space Plan Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacePlanSettings()
	 * @generated
	 * @ordered
	 */
	protected SpacePlanSettings spacePlanSettings;

	/**
	 * The cached value of the '{@link #getActuals() <em>Actuals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActuals()
	 * @generated
	 * @ordered
	 */
	protected ActualAccounts actuals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CanvasImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.CANVAS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerritory() {
		return territory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritory(String newTerritory) {
		String oldTerritory = territory;
		territory = newTerritory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__TERRITORY, oldTerritory, territory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSiren() {
		return siren;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiren(String newSiren) {
		String oldSiren = siren;
		siren = newSiren;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__SIREN, oldSiren, siren));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalForm getLegalForm() {
		return legalForm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalForm(LegalForm newLegalForm) {
		LegalForm oldLegalForm = legalForm;
		legalForm = newLegalForm == null ? LEGAL_FORM_EDEFAULT : newLegalForm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__LEGAL_FORM, oldLegalForm, legalForm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getStartMonth() {
		return startMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMonth(YearMonth newStartMonth) {
		YearMonth oldStartMonth = startMonth;
		startMonth = newStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__START_MONTH, oldStartMonth, startMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHorizonYears() {
		return horizonYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizonYears(int newHorizonYears) {
		int oldHorizonYears = horizonYears;
		horizonYears = newHorizonYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__HORIZON_YEARS, oldHorizonYears, horizonYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInflationRate() {
		return inflationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInflationRate(double newInflationRate) {
		double oldInflationRate = inflationRate;
		inflationRate = newInflationRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__INFLATION_RATE, oldInflationRate, inflationRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOpeningCash() {
		return openingCash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpeningCash(double newOpeningCash) {
		double oldOpeningCash = openingCash;
		openingCash = newOpeningCash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__OPENING_CASH, oldOpeningCash, openingCash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCommercialTaxThreshold() {
		return commercialTaxThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommercialTaxThreshold(double newCommercialTaxThreshold) {
		double oldCommercialTaxThreshold = commercialTaxThreshold;
		commercialTaxThreshold = newCommercialTaxThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__COMMERCIAL_TAX_THRESHOLD, oldCommercialTaxThreshold, commercialTaxThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunityBlock getCommunity() {
		return community;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCommunity(CommunityBlock newCommunity, NotificationChain msgs) {
		CommunityBlock oldCommunity = community;
		community = newCommunity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__COMMUNITY, oldCommunity, newCommunity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommunity(CommunityBlock newCommunity) {
		if (newCommunity != community) {
			NotificationChain msgs = null;
			if (community != null)
				msgs = ((InternalEObject)community).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__COMMUNITY, null, msgs);
			if (newCommunity != null)
				msgs = ((InternalEObject)newCommunity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__COMMUNITY, null, msgs);
			msgs = basicSetCommunity(newCommunity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__COMMUNITY, newCommunity, newCommunity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffersBlock getOffers() {
		return offers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOffers(OffersBlock newOffers, NotificationChain msgs) {
		OffersBlock oldOffers = offers;
		offers = newOffers;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__OFFERS, oldOffers, newOffers);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffers(OffersBlock newOffers) {
		if (newOffers != offers) {
			NotificationChain msgs = null;
			if (offers != null)
				msgs = ((InternalEObject)offers).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__OFFERS, null, msgs);
			if (newOffers != null)
				msgs = ((InternalEObject)newOffers).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__OFFERS, null, msgs);
			msgs = basicSetOffers(newOffers, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__OFFERS, newOffers, newOffers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpacesBlock getSpaces() {
		return spaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpaces(SpacesBlock newSpaces, NotificationChain msgs) {
		SpacesBlock oldSpaces = spaces;
		spaces = newSpaces;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__SPACES, oldSpaces, newSpaces);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpaces(SpacesBlock newSpaces) {
		if (newSpaces != spaces) {
			NotificationChain msgs = null;
			if (spaces != null)
				msgs = ((InternalEObject)spaces).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__SPACES, null, msgs);
			if (newSpaces != null)
				msgs = ((InternalEObject)newSpaces).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__SPACES, null, msgs);
			msgs = basicSetSpaces(newSpaces, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__SPACES, newSpaces, newSpaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamBlock getTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTeam(TeamBlock newTeam, NotificationChain msgs) {
		TeamBlock oldTeam = team;
		team = newTeam;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__TEAM, oldTeam, newTeam);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(TeamBlock newTeam) {
		if (newTeam != team) {
			NotificationChain msgs = null;
			if (team != null)
				msgs = ((InternalEObject)team).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__TEAM, null, msgs);
			if (newTeam != null)
				msgs = ((InternalEObject)newTeam).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__TEAM, null, msgs);
			msgs = basicSetTeam(newTeam, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__TEAM, newTeam, newTeam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnersBlock getPartners() {
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPartners(PartnersBlock newPartners, NotificationChain msgs) {
		PartnersBlock oldPartners = partners;
		partners = newPartners;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__PARTNERS, oldPartners, newPartners);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartners(PartnersBlock newPartners) {
		if (newPartners != partners) {
			NotificationChain msgs = null;
			if (partners != null)
				msgs = ((InternalEObject)partners).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__PARTNERS, null, msgs);
			if (newPartners != null)
				msgs = ((InternalEObject)newPartners).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__PARTNERS, null, msgs);
			msgs = basicSetPartners(newPartners, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__PARTNERS, newPartners, newPartners));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncomeBlock getIncome() {
		return income;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIncome(IncomeBlock newIncome, NotificationChain msgs) {
		IncomeBlock oldIncome = income;
		income = newIncome;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__INCOME, oldIncome, newIncome);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncome(IncomeBlock newIncome) {
		if (newIncome != income) {
			NotificationChain msgs = null;
			if (income != null)
				msgs = ((InternalEObject)income).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__INCOME, null, msgs);
			if (newIncome != null)
				msgs = ((InternalEObject)newIncome).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__INCOME, null, msgs);
			msgs = basicSetIncome(newIncome, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__INCOME, newIncome, newIncome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingBlock getFunding() {
		return funding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFunding(FundingBlock newFunding, NotificationChain msgs) {
		FundingBlock oldFunding = funding;
		funding = newFunding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__FUNDING, oldFunding, newFunding);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunding(FundingBlock newFunding) {
		if (newFunding != funding) {
			NotificationChain msgs = null;
			if (funding != null)
				msgs = ((InternalEObject)funding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__FUNDING, null, msgs);
			if (newFunding != null)
				msgs = ((InternalEObject)newFunding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__FUNDING, null, msgs);
			msgs = basicSetFunding(newFunding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__FUNDING, newFunding, newFunding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostsBlock getCosts() {
		return costs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCosts(CostsBlock newCosts, NotificationChain msgs) {
		CostsBlock oldCosts = costs;
		costs = newCosts;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__COSTS, oldCosts, newCosts);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCosts(CostsBlock newCosts) {
		if (newCosts != costs) {
			NotificationChain msgs = null;
			if (costs != null)
				msgs = ((InternalEObject)costs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__COSTS, null, msgs);
			if (newCosts != null)
				msgs = ((InternalEObject)newCosts).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__COSTS, null, msgs);
			msgs = basicSetCosts(newCosts, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__COSTS, newCosts, newCosts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactBlock getImpact() {
		return impact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetImpact(ImpactBlock newImpact, NotificationChain msgs) {
		ImpactBlock oldImpact = impact;
		impact = newImpact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__IMPACT, oldImpact, newImpact);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpact(ImpactBlock newImpact) {
		if (newImpact != impact) {
			NotificationChain msgs = null;
			if (impact != null)
				msgs = ((InternalEObject)impact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__IMPACT, null, msgs);
			if (newImpact != null)
				msgs = ((InternalEObject)newImpact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__IMPACT, null, msgs);
			msgs = basicSetImpact(newImpact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__IMPACT, newImpact, newImpact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeasonalityProfile> getSeasonalityProfiles() {
		if (seasonalityProfiles == null) {
			seasonalityProfiles = new EObjectContainmentEList<SeasonalityProfile>(SeasonalityProfile.class, this, PerennePackage.CANVAS__SEASONALITY_PROFILES);
		}
		return seasonalityProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Uncertainty> getUncertainties() {
		if (uncertainties == null) {
			uncertainties = new EObjectContainmentEList<Uncertainty>(Uncertainty.class, this, PerennePackage.CANVAS__UNCERTAINTIES);
		}
		return uncertainties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<Driver>(Driver.class, this, PerennePackage.CANVAS__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, PerennePackage.CANVAS__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<Activity>(Activity.class, this, PerennePackage.CANVAS__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpacePlanSettings getSpacePlanSettings() {
		return spacePlanSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpacePlanSettings(SpacePlanSettings newSpacePlanSettings, NotificationChain msgs) {
		SpacePlanSettings oldSpacePlanSettings = spacePlanSettings;
		spacePlanSettings = newSpacePlanSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__SPACE_PLAN_SETTINGS, oldSpacePlanSettings, newSpacePlanSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpacePlanSettings(SpacePlanSettings newSpacePlanSettings) {
		if (newSpacePlanSettings != spacePlanSettings) {
			NotificationChain msgs = null;
			if (spacePlanSettings != null)
				msgs = ((InternalEObject)spacePlanSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__SPACE_PLAN_SETTINGS, null, msgs);
			if (newSpacePlanSettings != null)
				msgs = ((InternalEObject)newSpacePlanSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__SPACE_PLAN_SETTINGS, null, msgs);
			msgs = basicSetSpacePlanSettings(newSpacePlanSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__SPACE_PLAN_SETTINGS, newSpacePlanSettings, newSpacePlanSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActualAccounts getActuals() {
		return actuals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActuals(ActualAccounts newActuals, NotificationChain msgs) {
		ActualAccounts oldActuals = actuals;
		actuals = newActuals;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__ACTUALS, oldActuals, newActuals);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActuals(ActualAccounts newActuals) {
		if (newActuals != actuals) {
			NotificationChain msgs = null;
			if (actuals != null)
				msgs = ((InternalEObject)actuals).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__ACTUALS, null, msgs);
			if (newActuals != null)
				msgs = ((InternalEObject)newActuals).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.CANVAS__ACTUALS, null, msgs);
			msgs = basicSetActuals(newActuals, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.CANVAS__ACTUALS, newActuals, newActuals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.CANVAS__COMMUNITY:
				return basicSetCommunity(null, msgs);
			case PerennePackage.CANVAS__OFFERS:
				return basicSetOffers(null, msgs);
			case PerennePackage.CANVAS__SPACES:
				return basicSetSpaces(null, msgs);
			case PerennePackage.CANVAS__TEAM:
				return basicSetTeam(null, msgs);
			case PerennePackage.CANVAS__PARTNERS:
				return basicSetPartners(null, msgs);
			case PerennePackage.CANVAS__INCOME:
				return basicSetIncome(null, msgs);
			case PerennePackage.CANVAS__FUNDING:
				return basicSetFunding(null, msgs);
			case PerennePackage.CANVAS__COSTS:
				return basicSetCosts(null, msgs);
			case PerennePackage.CANVAS__IMPACT:
				return basicSetImpact(null, msgs);
			case PerennePackage.CANVAS__SEASONALITY_PROFILES:
				return ((InternalEList<?>)getSeasonalityProfiles()).basicRemove(otherEnd, msgs);
			case PerennePackage.CANVAS__UNCERTAINTIES:
				return ((InternalEList<?>)getUncertainties()).basicRemove(otherEnd, msgs);
			case PerennePackage.CANVAS__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
			case PerennePackage.CANVAS__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case PerennePackage.CANVAS__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case PerennePackage.CANVAS__SPACE_PLAN_SETTINGS:
				return basicSetSpacePlanSettings(null, msgs);
			case PerennePackage.CANVAS__ACTUALS:
				return basicSetActuals(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.CANVAS__FORMAT_VERSION:
				return getFormatVersion();
			case PerennePackage.CANVAS__NAME:
				return getName();
			case PerennePackage.CANVAS__DESCRIPTION:
				return getDescription();
			case PerennePackage.CANVAS__TERRITORY:
				return getTerritory();
			case PerennePackage.CANVAS__SIREN:
				return getSiren();
			case PerennePackage.CANVAS__CURRENCY:
				return getCurrency();
			case PerennePackage.CANVAS__LEGAL_FORM:
				return getLegalForm();
			case PerennePackage.CANVAS__START_MONTH:
				return getStartMonth();
			case PerennePackage.CANVAS__HORIZON_YEARS:
				return getHorizonYears();
			case PerennePackage.CANVAS__INFLATION_RATE:
				return getInflationRate();
			case PerennePackage.CANVAS__OPENING_CASH:
				return getOpeningCash();
			case PerennePackage.CANVAS__COMMERCIAL_TAX_THRESHOLD:
				return getCommercialTaxThreshold();
			case PerennePackage.CANVAS__COMMUNITY:
				return getCommunity();
			case PerennePackage.CANVAS__OFFERS:
				return getOffers();
			case PerennePackage.CANVAS__SPACES:
				return getSpaces();
			case PerennePackage.CANVAS__TEAM:
				return getTeam();
			case PerennePackage.CANVAS__PARTNERS:
				return getPartners();
			case PerennePackage.CANVAS__INCOME:
				return getIncome();
			case PerennePackage.CANVAS__FUNDING:
				return getFunding();
			case PerennePackage.CANVAS__COSTS:
				return getCosts();
			case PerennePackage.CANVAS__IMPACT:
				return getImpact();
			case PerennePackage.CANVAS__SEASONALITY_PROFILES:
				return getSeasonalityProfiles();
			case PerennePackage.CANVAS__UNCERTAINTIES:
				return getUncertainties();
			case PerennePackage.CANVAS__DRIVERS:
				return getDrivers();
			case PerennePackage.CANVAS__SCENARIOS:
				return getScenarios();
			case PerennePackage.CANVAS__ACTIVITIES:
				return getActivities();
			case PerennePackage.CANVAS__SPACE_PLAN_SETTINGS:
				return getSpacePlanSettings();
			case PerennePackage.CANVAS__ACTUALS:
				return getActuals();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.CANVAS__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case PerennePackage.CANVAS__NAME:
				setName((String)newValue);
				return;
			case PerennePackage.CANVAS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PerennePackage.CANVAS__TERRITORY:
				setTerritory((String)newValue);
				return;
			case PerennePackage.CANVAS__SIREN:
				setSiren((String)newValue);
				return;
			case PerennePackage.CANVAS__CURRENCY:
				setCurrency((String)newValue);
				return;
			case PerennePackage.CANVAS__LEGAL_FORM:
				setLegalForm((LegalForm)newValue);
				return;
			case PerennePackage.CANVAS__START_MONTH:
				setStartMonth((YearMonth)newValue);
				return;
			case PerennePackage.CANVAS__HORIZON_YEARS:
				setHorizonYears((Integer)newValue);
				return;
			case PerennePackage.CANVAS__INFLATION_RATE:
				setInflationRate((Double)newValue);
				return;
			case PerennePackage.CANVAS__OPENING_CASH:
				setOpeningCash((Double)newValue);
				return;
			case PerennePackage.CANVAS__COMMERCIAL_TAX_THRESHOLD:
				setCommercialTaxThreshold((Double)newValue);
				return;
			case PerennePackage.CANVAS__COMMUNITY:
				setCommunity((CommunityBlock)newValue);
				return;
			case PerennePackage.CANVAS__OFFERS:
				setOffers((OffersBlock)newValue);
				return;
			case PerennePackage.CANVAS__SPACES:
				setSpaces((SpacesBlock)newValue);
				return;
			case PerennePackage.CANVAS__TEAM:
				setTeam((TeamBlock)newValue);
				return;
			case PerennePackage.CANVAS__PARTNERS:
				setPartners((PartnersBlock)newValue);
				return;
			case PerennePackage.CANVAS__INCOME:
				setIncome((IncomeBlock)newValue);
				return;
			case PerennePackage.CANVAS__FUNDING:
				setFunding((FundingBlock)newValue);
				return;
			case PerennePackage.CANVAS__COSTS:
				setCosts((CostsBlock)newValue);
				return;
			case PerennePackage.CANVAS__IMPACT:
				setImpact((ImpactBlock)newValue);
				return;
			case PerennePackage.CANVAS__SEASONALITY_PROFILES:
				getSeasonalityProfiles().clear();
				getSeasonalityProfiles().addAll((Collection<? extends SeasonalityProfile>)newValue);
				return;
			case PerennePackage.CANVAS__UNCERTAINTIES:
				getUncertainties().clear();
				getUncertainties().addAll((Collection<? extends Uncertainty>)newValue);
				return;
			case PerennePackage.CANVAS__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends Driver>)newValue);
				return;
			case PerennePackage.CANVAS__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case PerennePackage.CANVAS__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
				return;
			case PerennePackage.CANVAS__SPACE_PLAN_SETTINGS:
				setSpacePlanSettings((SpacePlanSettings)newValue);
				return;
			case PerennePackage.CANVAS__ACTUALS:
				setActuals((ActualAccounts)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.CANVAS__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case PerennePackage.CANVAS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PerennePackage.CANVAS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PerennePackage.CANVAS__TERRITORY:
				setTerritory(TERRITORY_EDEFAULT);
				return;
			case PerennePackage.CANVAS__SIREN:
				setSiren(SIREN_EDEFAULT);
				return;
			case PerennePackage.CANVAS__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case PerennePackage.CANVAS__LEGAL_FORM:
				setLegalForm(LEGAL_FORM_EDEFAULT);
				return;
			case PerennePackage.CANVAS__START_MONTH:
				setStartMonth(START_MONTH_EDEFAULT);
				return;
			case PerennePackage.CANVAS__HORIZON_YEARS:
				setHorizonYears(HORIZON_YEARS_EDEFAULT);
				return;
			case PerennePackage.CANVAS__INFLATION_RATE:
				setInflationRate(INFLATION_RATE_EDEFAULT);
				return;
			case PerennePackage.CANVAS__OPENING_CASH:
				setOpeningCash(OPENING_CASH_EDEFAULT);
				return;
			case PerennePackage.CANVAS__COMMERCIAL_TAX_THRESHOLD:
				setCommercialTaxThreshold(COMMERCIAL_TAX_THRESHOLD_EDEFAULT);
				return;
			case PerennePackage.CANVAS__COMMUNITY:
				setCommunity((CommunityBlock)null);
				return;
			case PerennePackage.CANVAS__OFFERS:
				setOffers((OffersBlock)null);
				return;
			case PerennePackage.CANVAS__SPACES:
				setSpaces((SpacesBlock)null);
				return;
			case PerennePackage.CANVAS__TEAM:
				setTeam((TeamBlock)null);
				return;
			case PerennePackage.CANVAS__PARTNERS:
				setPartners((PartnersBlock)null);
				return;
			case PerennePackage.CANVAS__INCOME:
				setIncome((IncomeBlock)null);
				return;
			case PerennePackage.CANVAS__FUNDING:
				setFunding((FundingBlock)null);
				return;
			case PerennePackage.CANVAS__COSTS:
				setCosts((CostsBlock)null);
				return;
			case PerennePackage.CANVAS__IMPACT:
				setImpact((ImpactBlock)null);
				return;
			case PerennePackage.CANVAS__SEASONALITY_PROFILES:
				getSeasonalityProfiles().clear();
				return;
			case PerennePackage.CANVAS__UNCERTAINTIES:
				getUncertainties().clear();
				return;
			case PerennePackage.CANVAS__DRIVERS:
				getDrivers().clear();
				return;
			case PerennePackage.CANVAS__SCENARIOS:
				getScenarios().clear();
				return;
			case PerennePackage.CANVAS__ACTIVITIES:
				getActivities().clear();
				return;
			case PerennePackage.CANVAS__SPACE_PLAN_SETTINGS:
				setSpacePlanSettings((SpacePlanSettings)null);
				return;
			case PerennePackage.CANVAS__ACTUALS:
				setActuals((ActualAccounts)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.CANVAS__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case PerennePackage.CANVAS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PerennePackage.CANVAS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PerennePackage.CANVAS__TERRITORY:
				return TERRITORY_EDEFAULT == null ? territory != null : !TERRITORY_EDEFAULT.equals(territory);
			case PerennePackage.CANVAS__SIREN:
				return SIREN_EDEFAULT == null ? siren != null : !SIREN_EDEFAULT.equals(siren);
			case PerennePackage.CANVAS__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case PerennePackage.CANVAS__LEGAL_FORM:
				return legalForm != LEGAL_FORM_EDEFAULT;
			case PerennePackage.CANVAS__START_MONTH:
				return START_MONTH_EDEFAULT == null ? startMonth != null : !START_MONTH_EDEFAULT.equals(startMonth);
			case PerennePackage.CANVAS__HORIZON_YEARS:
				return horizonYears != HORIZON_YEARS_EDEFAULT;
			case PerennePackage.CANVAS__INFLATION_RATE:
				return inflationRate != INFLATION_RATE_EDEFAULT;
			case PerennePackage.CANVAS__OPENING_CASH:
				return openingCash != OPENING_CASH_EDEFAULT;
			case PerennePackage.CANVAS__COMMERCIAL_TAX_THRESHOLD:
				return commercialTaxThreshold != COMMERCIAL_TAX_THRESHOLD_EDEFAULT;
			case PerennePackage.CANVAS__COMMUNITY:
				return community != null;
			case PerennePackage.CANVAS__OFFERS:
				return offers != null;
			case PerennePackage.CANVAS__SPACES:
				return spaces != null;
			case PerennePackage.CANVAS__TEAM:
				return team != null;
			case PerennePackage.CANVAS__PARTNERS:
				return partners != null;
			case PerennePackage.CANVAS__INCOME:
				return income != null;
			case PerennePackage.CANVAS__FUNDING:
				return funding != null;
			case PerennePackage.CANVAS__COSTS:
				return costs != null;
			case PerennePackage.CANVAS__IMPACT:
				return impact != null;
			case PerennePackage.CANVAS__SEASONALITY_PROFILES:
				return seasonalityProfiles != null && !seasonalityProfiles.isEmpty();
			case PerennePackage.CANVAS__UNCERTAINTIES:
				return uncertainties != null && !uncertainties.isEmpty();
			case PerennePackage.CANVAS__DRIVERS:
				return drivers != null && !drivers.isEmpty();
			case PerennePackage.CANVAS__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case PerennePackage.CANVAS__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case PerennePackage.CANVAS__SPACE_PLAN_SETTINGS:
				return spacePlanSettings != null;
			case PerennePackage.CANVAS__ACTUALS:
				return actuals != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", territory: ");
		result.append(territory);
		result.append(", siren: ");
		result.append(siren);
		result.append(", currency: ");
		result.append(currency);
		result.append(", legalForm: ");
		result.append(legalForm);
		result.append(", startMonth: ");
		result.append(startMonth);
		result.append(", horizonYears: ");
		result.append(horizonYears);
		result.append(", inflationRate: ");
		result.append(inflationRate);
		result.append(", openingCash: ");
		result.append(openingCash);
		result.append(", commercialTaxThreshold: ");
		result.append(commercialTaxThreshold);
		result.append(')');
		return result.toString();
	}

} //CanvasImpl
