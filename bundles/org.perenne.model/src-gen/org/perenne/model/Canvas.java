/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.time.YearMonth;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Canvas</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The model of one tiers-lieu: the nine canvas blocks and the global assumptions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Canvas#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getName <em>Name</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getDescription <em>Description</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getTerritory <em>Territory</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getSiren <em>Siren</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getLegalForm <em>Legal Form</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getStartMonth <em>Start Month</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getHorizonYears <em>Horizon Years</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getInflationRate <em>Inflation Rate</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getOpeningCash <em>Opening Cash</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getCommercialTaxThreshold <em>Commercial Tax Threshold</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getCommunity <em>Community</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getOffers <em>Offers</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getSpaces <em>Spaces</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getTeam <em>Team</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getIncome <em>Income</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getCosts <em>Costs</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getSeasonalityProfiles <em>Seasonality Profiles</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getUncertainties <em>Uncertainties</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getSpacePlanSettings <em>Space Plan Settings</em>}</li>
 *   <li>{@link org.perenne.model.Canvas#getActuals <em>Actuals</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getCanvas()
 * @model
 * @generated
 */
public interface Canvas extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format, used to migrate older files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.perenne.model.PerennePackage#getCanvas_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.perenne.model.PerennePackage#getCanvas_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the place is and where its figures come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.perenne.model.PerennePackage#getCanvas_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Territory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Territory</em>' attribute.
	 * @see #setTerritory(String)
	 * @see org.perenne.model.PerennePackage#getCanvas_Territory()
	 * @model
	 * @generated
	 */
	String getTerritory();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getTerritory <em>Territory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territory</em>' attribute.
	 * @see #getTerritory()
	 * @generated
	 */
	void setTerritory(String value);

	/**
	 * Returns the value of the '<em><b>Siren</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The place's own SIREN (9 digits: the association's or company's number), optional: a funder's published grants (SCDL) are matched to the place by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Siren</em>' attribute.
	 * @see #setSiren(String)
	 * @see org.perenne.model.PerennePackage#getCanvas_Siren()
	 * @model
	 * @generated
	 */
	String getSiren();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getSiren <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siren</em>' attribute.
	 * @see #getSiren()
	 * @generated
	 */
	void setSiren(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.perenne.model.PerennePackage#getCanvas_Currency()
	 * @model default="EUR"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Legal Form</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.LegalForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Form</em>' attribute.
	 * @see org.perenne.model.LegalForm
	 * @see #setLegalForm(LegalForm)
	 * @see org.perenne.model.PerennePackage#getCanvas_LegalForm()
	 * @model
	 * @generated
	 */
	LegalForm getLegalForm();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getLegalForm <em>Legal Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Form</em>' attribute.
	 * @see org.perenne.model.LegalForm
	 * @see #getLegalForm()
	 * @generated
	 */
	void setLegalForm(LegalForm value);

	/**
	 * Returns the value of the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar month of month 0 of the projection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Month</em>' attribute.
	 * @see #setStartMonth(YearMonth)
	 * @see org.perenne.model.PerennePackage#getCanvas_StartMonth()
	 * @model dataType="org.perenne.model.YearMonth" required="true"
	 * @generated
	 */
	YearMonth getStartMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getStartMonth <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Month</em>' attribute.
	 * @see #getStartMonth()
	 * @generated
	 */
	void setStartMonth(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Horizon Years</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the projection in whole years, 1 to 15.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Horizon Years</em>' attribute.
	 * @see #setHorizonYears(int)
	 * @see org.perenne.model.PerennePackage#getCanvas_HorizonYears()
	 * @model default="5"
	 * @generated
	 */
	int getHorizonYears();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getHorizonYears <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizon Years</em>' attribute.
	 * @see #getHorizonYears()
	 * @generated
	 */
	void setHorizonYears(int value);

	/**
	 * Returns the value of the '<em><b>Inflation Rate</b></em>' attribute.
	 * The default value is <code>"0.02"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inflation Rate</em>' attribute.
	 * @see #setInflationRate(double)
	 * @see org.perenne.model.PerennePackage#getCanvas_InflationRate()
	 * @model default="0.02"
	 * @generated
	 */
	double getInflationRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getInflationRate <em>Inflation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inflation Rate</em>' attribute.
	 * @see #getInflationRate()
	 * @generated
	 */
	void setInflationRate(double value);

	/**
	 * Returns the value of the '<em><b>Opening Cash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cash available at the start (trésorerie initiale).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opening Cash</em>' attribute.
	 * @see #setOpeningCash(double)
	 * @see org.perenne.model.PerennePackage#getCanvas_OpeningCash()
	 * @model
	 * @generated
	 */
	double getOpeningCash();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getOpeningCash <em>Opening Cash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opening Cash</em>' attribute.
	 * @see #getOpeningCash()
	 * @generated
	 */
	void setOpeningCash(double value);

	/**
	 * Returns the value of the '<em><b>Commercial Tax Threshold</b></em>' attribute.
	 * The default value is <code>"78596"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Commercial income above which an association loses the tax exemption (franchise des impôts commerciaux).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commercial Tax Threshold</em>' attribute.
	 * @see #setCommercialTaxThreshold(double)
	 * @see org.perenne.model.PerennePackage#getCanvas_CommercialTaxThreshold()
	 * @model default="78596"
	 * @generated
	 */
	double getCommercialTaxThreshold();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getCommercialTaxThreshold <em>Commercial Tax Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commercial Tax Threshold</em>' attribute.
	 * @see #getCommercialTaxThreshold()
	 * @generated
	 */
	void setCommercialTaxThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Community</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Community</em>' containment reference.
	 * @see #setCommunity(CommunityBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Community()
	 * @model containment="true" required="true"
	 * @generated
	 */
	CommunityBlock getCommunity();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getCommunity <em>Community</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Community</em>' containment reference.
	 * @see #getCommunity()
	 * @generated
	 */
	void setCommunity(CommunityBlock value);

	/**
	 * Returns the value of the '<em><b>Offers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offers</em>' containment reference.
	 * @see #setOffers(OffersBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Offers()
	 * @model containment="true" required="true"
	 * @generated
	 */
	OffersBlock getOffers();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getOffers <em>Offers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offers</em>' containment reference.
	 * @see #getOffers()
	 * @generated
	 */
	void setOffers(OffersBlock value);

	/**
	 * Returns the value of the '<em><b>Spaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spaces</em>' containment reference.
	 * @see #setSpaces(SpacesBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Spaces()
	 * @model containment="true" required="true"
	 * @generated
	 */
	SpacesBlock getSpaces();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getSpaces <em>Spaces</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spaces</em>' containment reference.
	 * @see #getSpaces()
	 * @generated
	 */
	void setSpaces(SpacesBlock value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' containment reference.
	 * @see #setTeam(TeamBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Team()
	 * @model containment="true" required="true"
	 * @generated
	 */
	TeamBlock getTeam();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getTeam <em>Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' containment reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(TeamBlock value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' containment reference.
	 * @see #setPartners(PartnersBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Partners()
	 * @model containment="true" required="true"
	 * @generated
	 */
	PartnersBlock getPartners();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getPartners <em>Partners</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partners</em>' containment reference.
	 * @see #getPartners()
	 * @generated
	 */
	void setPartners(PartnersBlock value);

	/**
	 * Returns the value of the '<em><b>Income</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Income</em>' containment reference.
	 * @see #setIncome(IncomeBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Income()
	 * @model containment="true" required="true"
	 * @generated
	 */
	IncomeBlock getIncome();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getIncome <em>Income</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income</em>' containment reference.
	 * @see #getIncome()
	 * @generated
	 */
	void setIncome(IncomeBlock value);

	/**
	 * Returns the value of the '<em><b>Funding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding</em>' containment reference.
	 * @see #setFunding(FundingBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Funding()
	 * @model containment="true" required="true"
	 * @generated
	 */
	FundingBlock getFunding();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getFunding <em>Funding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding</em>' containment reference.
	 * @see #getFunding()
	 * @generated
	 */
	void setFunding(FundingBlock value);

	/**
	 * Returns the value of the '<em><b>Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Costs</em>' containment reference.
	 * @see #setCosts(CostsBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Costs()
	 * @model containment="true" required="true"
	 * @generated
	 */
	CostsBlock getCosts();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getCosts <em>Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Costs</em>' containment reference.
	 * @see #getCosts()
	 * @generated
	 */
	void setCosts(CostsBlock value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Impact</em>' containment reference.
	 * @see #setImpact(ImpactBlock)
	 * @see org.perenne.model.PerennePackage#getCanvas_Impact()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ImpactBlock getImpact();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getImpact <em>Impact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' containment reference.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(ImpactBlock value);

	/**
	 * Returns the value of the '<em><b>Seasonality Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.SeasonalityProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seasonality Profiles</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCanvas_SeasonalityProfiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<SeasonalityProfile> getSeasonalityProfiles();

	/**
	 * Returns the value of the '<em><b>Uncertainties</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Uncertainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uncertainties</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCanvas_Uncertainties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Uncertainty> getUncertainties();

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Common drivers: what moves several uncertain figures together (local demand, public budgets, energy prices).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCanvas_Drivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Driver> getDrivers();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCanvas_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weekly activities to place in the rooms (timetable).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCanvas_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Space Plan Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Space Plan Settings</em>' containment reference.
	 * @see #setSpacePlanSettings(SpacePlanSettings)
	 * @see org.perenne.model.PerennePackage#getCanvas_SpacePlanSettings()
	 * @model containment="true"
	 * @generated
	 */
	SpacePlanSettings getSpacePlanSettings();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getSpacePlanSettings <em>Space Plan Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Space Plan Settings</em>' containment reference.
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	void setSpacePlanSettings(SpacePlanSettings value);

	/**
	 * Returns the value of the '<em><b>Actuals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The place's actual accounts, imported from its accounting, to compare with the plan (since format 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actuals</em>' containment reference.
	 * @see #setActuals(ActualAccounts)
	 * @see org.perenne.model.PerennePackage#getCanvas_Actuals()
	 * @model containment="true"
	 * @generated
	 */
	ActualAccounts getActuals();

	/**
	 * Sets the value of the '{@link org.perenne.model.Canvas#getActuals <em>Actuals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actuals</em>' containment reference.
	 * @see #getActuals()
	 * @generated
	 */
	void setActuals(ActualAccounts value);

} // Canvas
