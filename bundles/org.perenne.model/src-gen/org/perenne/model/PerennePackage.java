/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Pérenne canvas of a tiers-lieu: the nine blocks, the assumptions the simulation reads, uncertainty, scenarios and the inputs of the optimisation problems. See DOMAIN.md.
 * <!-- end-model-doc -->
 * @see org.perenne.model.PerenneFactory
 * @model kind="package"
 * @generated
 */
public interface PerennePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://perenne.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "perenne";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PerennePackage eINSTANCE = org.perenne.model.impl.PerennePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ElementImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.CostLine <em>Cost Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.CostLine
	 * @see org.perenne.model.impl.PerennePackageImpl#getCostLine()
	 * @generated
	 */
	int COST_LINE = 1;

	/**
	 * The number of structural features of the '<em>Cost Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Cost Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.Indexed <em>Indexed</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.Indexed
	 * @see org.perenne.model.impl.PerennePackageImpl#getIndexed()
	 * @generated
	 */
	int INDEXED = 2;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEXED__INDEXATION_RATE = 0;

	/**
	 * The number of structural features of the '<em>Indexed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEXED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Indexed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEXED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.CanvasImpl <em>Canvas</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.CanvasImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getCanvas()
	 * @generated
	 */
	int CANVAS = 3;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Territory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__TERRITORY = 3;

	/**
	 * The feature id for the '<em><b>Siren</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__SIREN = 4;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__CURRENCY = 5;

	/**
	 * The feature id for the '<em><b>Legal Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__LEGAL_FORM = 6;

	/**
	 * The feature id for the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__START_MONTH = 7;

	/**
	 * The feature id for the '<em><b>Horizon Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__HORIZON_YEARS = 8;

	/**
	 * The feature id for the '<em><b>Inflation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__INFLATION_RATE = 9;

	/**
	 * The feature id for the '<em><b>Opening Cash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__OPENING_CASH = 10;

	/**
	 * The feature id for the '<em><b>Commercial Tax Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__COMMERCIAL_TAX_THRESHOLD = 11;

	/**
	 * The feature id for the '<em><b>Community</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__COMMUNITY = 12;

	/**
	 * The feature id for the '<em><b>Offers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__OFFERS = 13;

	/**
	 * The feature id for the '<em><b>Spaces</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__SPACES = 14;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__TEAM = 15;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__PARTNERS = 16;

	/**
	 * The feature id for the '<em><b>Income</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__INCOME = 17;

	/**
	 * The feature id for the '<em><b>Funding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__FUNDING = 18;

	/**
	 * The feature id for the '<em><b>Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__COSTS = 19;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__IMPACT = 20;

	/**
	 * The feature id for the '<em><b>Seasonality Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__SEASONALITY_PROFILES = 21;

	/**
	 * The feature id for the '<em><b>Uncertainties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__UNCERTAINTIES = 22;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__DRIVERS = 23;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__SCENARIOS = 24;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__ACTIVITIES = 25;

	/**
	 * The feature id for the '<em><b>Space Plan Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__SPACE_PLAN_SETTINGS = 26;

	/**
	 * The feature id for the '<em><b>Actuals</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS__ACTUALS = 27;

	/**
	 * The number of structural features of the '<em>Canvas</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_FEATURE_COUNT = 28;

	/**
	 * The number of operations of the '<em>Canvas</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.CanvasBlockImpl <em>Canvas Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.CanvasBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getCanvasBlock()
	 * @generated
	 */
	int CANVAS_BLOCK = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_BLOCK__NOTES = 0;

	/**
	 * The number of structural features of the '<em>Canvas Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_BLOCK_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Canvas Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_BLOCK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.CommunityBlockImpl <em>Community Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.CommunityBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getCommunityBlock()
	 * @generated
	 */
	int COMMUNITY_BLOCK = 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_BLOCK__SEGMENTS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Community Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Community Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.OffersBlockImpl <em>Offers Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.OffersBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getOffersBlock()
	 * @generated
	 */
	int OFFERS_BLOCK = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Membership Tiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK__MEMBERSHIP_TIERS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Drop Ins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK__DROP_INS = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rentals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK__RENTALS = CANVAS_BLOCK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK__SERVICES = CANVAS_BLOCK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Offers Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Offers Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERS_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.SpacesBlockImpl <em>Spaces Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.SpacesBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getSpacesBlock()
	 * @generated
	 */
	int SPACES_BLOCK = 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACES_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Rooms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACES_BLOCK__ROOMS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Spaces Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACES_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Spaces Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACES_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.TeamBlockImpl <em>Team Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.TeamBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getTeamBlock()
	 * @generated
	 */
	int TEAM_BLOCK = 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_BLOCK__STAFF = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Volunteering</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_BLOCK__VOLUNTEERING = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Team Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.PartnersBlockImpl <em>Partners Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.PartnersBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getPartnersBlock()
	 * @generated
	 */
	int PARTNERS_BLOCK = 9;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERS_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Funders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERS_BLOCK__FUNDERS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Partners Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERS_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Partners Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERS_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.IncomeBlockImpl <em>Income Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.IncomeBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getIncomeBlock()
	 * @generated
	 */
	int INCOME_BLOCK = 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The number of structural features of the '<em>Income Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Income Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCOME_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.FundingBlockImpl <em>Funding Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.FundingBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getFundingBlock()
	 * @generated
	 */
	int FUNDING_BLOCK = 11;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_BLOCK__GRANTS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reimbursement Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_BLOCK__REIMBURSEMENT_GRANTS = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Loans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_BLOCK__LOANS = CANVAS_BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Funding Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Funding Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.CostsBlockImpl <em>Costs Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.CostsBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getCostsBlock()
	 * @generated
	 */
	int COSTS_BLOCK = 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COSTS_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Fixed Costs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COSTS_BLOCK__FIXED_COSTS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Investments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COSTS_BLOCK__INVESTMENTS = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Costs Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COSTS_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Costs Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COSTS_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ImpactBlockImpl <em>Impact Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ImpactBlockImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getImpactBlock()
	 * @generated
	 */
	int IMPACT_BLOCK = 13;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_BLOCK__NOTES = CANVAS_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_BLOCK__INDICATORS = CANVAS_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Impact Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_BLOCK_FEATURE_COUNT = CANVAS_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Impact Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_BLOCK_OPERATION_COUNT = CANVAS_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.SegmentImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SIZE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.OfferImpl <em>Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.OfferImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getOffer()
	 * @generated
	 */
	int OFFER = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__INDEXATION_RATE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__SEGMENT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__SOLIDARITY_PRICED = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__SOLIDARITY_PRICE_CAP = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__PRICE_LADDER = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.VolumeOfferImpl <em>Volume Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.VolumeOfferImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getVolumeOffer()
	 * @generated
	 */
	int VOLUME_OFFER = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__ID = OFFER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__NAME = OFFER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__DESCRIPTION = OFFER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__INDEXATION_RATE = OFFER__INDEXATION_RATE;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__SEGMENT = OFFER__SEGMENT;

	/**
	 * The feature id for the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__SOLIDARITY_PRICED = OFFER__SOLIDARITY_PRICED;

	/**
	 * The feature id for the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__SOLIDARITY_PRICE_CAP = OFFER__SOLIDARITY_PRICE_CAP;

	/**
	 * The feature id for the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__PRICE_LADDER = OFFER__PRICE_LADDER;

	/**
	 * The feature id for the '<em><b>Seasonality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER__SEASONALITY = OFFER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Volume Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER_FEATURE_COUNT = OFFER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Volume Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OFFER_OPERATION_COUNT = OFFER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.MembershipTierImpl <em>Membership Tier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.MembershipTierImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getMembershipTier()
	 * @generated
	 */
	int MEMBERSHIP_TIER = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__ID = OFFER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__NAME = OFFER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__DESCRIPTION = OFFER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__INDEXATION_RATE = OFFER__INDEXATION_RATE;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__SEGMENT = OFFER__SEGMENT;

	/**
	 * The feature id for the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__SOLIDARITY_PRICED = OFFER__SOLIDARITY_PRICED;

	/**
	 * The feature id for the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__SOLIDARITY_PRICE_CAP = OFFER__SOLIDARITY_PRICE_CAP;

	/**
	 * The feature id for the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__PRICE_LADDER = OFFER__PRICE_LADDER;

	/**
	 * The feature id for the '<em><b>Monthly Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__MONTHLY_FEE = OFFER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Joining Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__JOINING_FEE = OFFER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Desk Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__DESK_USAGE = OFFER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__START_COUNT = OFFER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__TARGET_COUNT = OFFER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ramp Up Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__RAMP_UP_MONTHS = OFFER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Monthly Churn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER__MONTHLY_CHURN = OFFER_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Membership Tier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER_FEATURE_COUNT = OFFER_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Membership Tier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_TIER_OPERATION_COUNT = OFFER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.DropInImpl <em>Drop In</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.DropInImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getDropIn()
	 * @generated
	 */
	int DROP_IN = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__ID = VOLUME_OFFER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__NAME = VOLUME_OFFER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__DESCRIPTION = VOLUME_OFFER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__INDEXATION_RATE = VOLUME_OFFER__INDEXATION_RATE;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__SEGMENT = VOLUME_OFFER__SEGMENT;

	/**
	 * The feature id for the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__SOLIDARITY_PRICED = VOLUME_OFFER__SOLIDARITY_PRICED;

	/**
	 * The feature id for the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__SOLIDARITY_PRICE_CAP = VOLUME_OFFER__SOLIDARITY_PRICE_CAP;

	/**
	 * The feature id for the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__PRICE_LADDER = VOLUME_OFFER__PRICE_LADDER;

	/**
	 * The feature id for the '<em><b>Seasonality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__SEASONALITY = VOLUME_OFFER__SEASONALITY;

	/**
	 * The feature id for the '<em><b>Price Per Visit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__PRICE_PER_VISIT = VOLUME_OFFER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visits Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__VISITS_PER_MONTH = VOLUME_OFFER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Visit Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN__VISIT_UNIT = VOLUME_OFFER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Drop In</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN_FEATURE_COUNT = VOLUME_OFFER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Drop In</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_IN_OPERATION_COUNT = VOLUME_OFFER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.RoomRentalImpl <em>Room Rental</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.RoomRentalImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getRoomRental()
	 * @generated
	 */
	int ROOM_RENTAL = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__ID = VOLUME_OFFER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__NAME = VOLUME_OFFER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__DESCRIPTION = VOLUME_OFFER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__INDEXATION_RATE = VOLUME_OFFER__INDEXATION_RATE;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__SEGMENT = VOLUME_OFFER__SEGMENT;

	/**
	 * The feature id for the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__SOLIDARITY_PRICED = VOLUME_OFFER__SOLIDARITY_PRICED;

	/**
	 * The feature id for the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__SOLIDARITY_PRICE_CAP = VOLUME_OFFER__SOLIDARITY_PRICE_CAP;

	/**
	 * The feature id for the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__PRICE_LADDER = VOLUME_OFFER__PRICE_LADDER;

	/**
	 * The feature id for the '<em><b>Seasonality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__SEASONALITY = VOLUME_OFFER__SEASONALITY;

	/**
	 * The feature id for the '<em><b>Room</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__ROOM = VOLUME_OFFER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__HOURLY_RATE = VOLUME_OFFER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Half Day Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__HALF_DAY_PRICE = VOLUME_OFFER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Day Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__DAY_PRICE = VOLUME_OFFER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bookable Hours Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH = VOLUME_OFFER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Occupancy Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__OCCUPANCY_RATE = VOLUME_OFFER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Direct Cost Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL__DIRECT_COST_PER_HOUR = VOLUME_OFFER_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Room Rental</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL_FEATURE_COUNT = VOLUME_OFFER_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Room Rental</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_RENTAL_OPERATION_COUNT = VOLUME_OFFER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ServiceImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = VOLUME_OFFER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = VOLUME_OFFER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DESCRIPTION = VOLUME_OFFER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__INDEXATION_RATE = VOLUME_OFFER__INDEXATION_RATE;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SEGMENT = VOLUME_OFFER__SEGMENT;

	/**
	 * The feature id for the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SOLIDARITY_PRICED = VOLUME_OFFER__SOLIDARITY_PRICED;

	/**
	 * The feature id for the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SOLIDARITY_PRICE_CAP = VOLUME_OFFER__SOLIDARITY_PRICE_CAP;

	/**
	 * The feature id for the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PRICE_LADDER = VOLUME_OFFER__PRICE_LADDER;

	/**
	 * The feature id for the '<em><b>Seasonality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SEASONALITY = VOLUME_OFFER__SEASONALITY;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__KIND = VOLUME_OFFER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Units Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__UNITS_PER_MONTH = VOLUME_OFFER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__UNIT_LABEL = VOLUME_OFFER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__UNIT_PRICE = VOLUME_OFFER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Variable Cost Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__VARIABLE_COST_PER_UNIT = VOLUME_OFFER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Room</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ROOM = VOLUME_OFFER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Beneficiaries Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__BENEFICIARIES_PER_UNIT = VOLUME_OFFER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Public Hours Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PUBLIC_HOURS_PER_UNIT = VOLUME_OFFER_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = VOLUME_OFFER_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = VOLUME_OFFER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.PriceLadderImpl <em>Price Ladder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.PriceLadderImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getPriceLadder()
	 * @generated
	 */
	int PRICE_LADDER = 21;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LADDER__LEVELS = 0;

	/**
	 * The feature id for the '<em><b>Elasticity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LADDER__ELASTICITY = 1;

	/**
	 * The number of structural features of the '<em>Price Ladder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LADDER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Price Ladder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_LADDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.RoomImpl <em>Room</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.RoomImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getRoom()
	 * @generated
	 */
	int ROOM = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Area M2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__AREA_M2 = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__CAPACITY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__KIND = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allowed Functions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__ALLOWED_FUNCTIONS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__EQUIPMENT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Opening Hours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__OPENING_HOURS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Accessible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__ACCESSIBLE = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Public Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM__PUBLIC_ACCESS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Room</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Room</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.OpeningSlotImpl <em>Opening Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.OpeningSlotImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getOpeningSlot()
	 * @generated
	 */
	int OPENING_SLOT = 23;

	/**
	 * The feature id for the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_SLOT__DAY = 0;

	/**
	 * The feature id for the '<em><b>Opens At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_SLOT__OPENS_AT = 1;

	/**
	 * The feature id for the '<em><b>Closes At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_SLOT__CLOSES_AT = 2;

	/**
	 * The number of structural features of the '<em>Opening Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_SLOT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Opening Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_SLOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.StaffMemberImpl <em>Staff Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.StaffMemberImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getStaffMember()
	 * @generated
	 */
	int STAFF_MEMBER = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__INDEXATION_RATE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__ROLE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__FTE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gross Monthly Salary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__GROSS_MONTHLY_SALARY = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Employer Contribution Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__START_MONTH = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__END_MONTH = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Staff Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Staff Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.VolunteeringImpl <em>Volunteering</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.VolunteeringImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getVolunteering()
	 * @generated
	 */
	int VOLUNTEERING = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Hours Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING__HOURS_PER_MONTH = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hourly Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING__HOURLY_VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Volunteering</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Volunteering</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUNTEERING_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.FunderImpl <em>Funder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.FunderImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getFunder()
	 * @generated
	 */
	int FUNDER = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER__LEVEL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Siren</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER__SIREN = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Funder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Funder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.GrantImpl <em>Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.GrantImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getGrant()
	 * @generated
	 */
	int GRANT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__FUNDER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__KIND = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Committed Amounts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__COMMITTED_AMOUNTS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>First Grant Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__FIRST_GRANT_YEAR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Payment Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__PAYMENT_MODE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Advance Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__ADVANCE_SHARE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Advance Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__ADVANCE_DELAY_MONTHS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Balance Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__BALANCE_DELAY_MONTHS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__DELAY_MONTHS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Renewal Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__RENEWAL_PROBABILITY = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Renewal Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__RENEWAL_AMOUNT = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Financed Investment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT__FINANCED_INVESTMENT = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ReimbursementGrantImpl <em>Reimbursement Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ReimbursementGrantImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getReimbursementGrant()
	 * @generated
	 */
	int REIMBURSEMENT_GRANT = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__FUNDER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__KIND = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__RATE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Eligible Costs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__ELIGIBLE_COSTS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Programme Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Programme End Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__CAP = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Claim Every Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT__DELAY_MONTHS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Reimbursement Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Reimbursement Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REIMBURSEMENT_GRANT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.LoanImpl <em>Loan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.LoanImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getLoan()
	 * @generated
	 */
	int LOAN = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Lender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__LENDER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Principal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__PRINCIPAL = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Annual Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__ANNUAL_RATE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__DURATION_MONTHS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Deferral Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__DEFERRAL_MONTHS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__START_MONTH = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Loan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Loan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.FixedCostImpl <em>Fixed Cost</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.FixedCostImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getFixedCost()
	 * @generated
	 */
	int FIXED_COST = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST__INDEXATION_RATE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST__CATEGORY = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Monthly Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST__MONTHLY_AMOUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Fixed Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Fixed Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_COST_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.InvestmentImpl <em>Investment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.InvestmentImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getInvestment()
	 * @generated
	 */
	int INVESTMENT = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__AMOUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__MONTH = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Depreciation Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__DEPRECIATION_YEARS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Investment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Investment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ImpactIndicatorImpl <em>Impact Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ImpactIndicatorImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getImpactIndicator()
	 * @generated
	 */
	int IMPACT_INDICATOR = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR__METRIC = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annual Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR__ANNUAL_TARGET = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR__UNIT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Impact Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Impact Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_INDICATOR_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.SeasonalityProfileImpl <em>Seasonality Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.SeasonalityProfileImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getSeasonalityProfile()
	 * @generated
	 */
	int SEASONALITY_PROFILE = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEASONALITY_PROFILE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEASONALITY_PROFILE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEASONALITY_PROFILE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Factors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEASONALITY_PROFILE__FACTORS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Seasonality Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEASONALITY_PROFILE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Seasonality Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEASONALITY_PROFILE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.DistributionImpl <em>Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.DistributionImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getDistribution()
	 * @generated
	 */
	int DISTRIBUTION = 34;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__MIN = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__MODE = 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__MAX = 3;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__MEAN = 4;

	/**
	 * The feature id for the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__STANDARD_DEVIATION = 5;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__PROBABILITY = 6;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__VALUES = 7;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__WEIGHTS = 8;

	/**
	 * The feature id for the '<em><b>Estimates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__ESTIMATES = 9;

	/**
	 * The number of structural features of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.EstimateImpl <em>Estimate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.EstimateImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getEstimate()
	 * @generated
	 */
	int ESTIMATE = 35;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__LOW = 0;

	/**
	 * The feature id for the '<em><b>Likely</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__LIKELY = 1;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE__HIGH = 2;

	/**
	 * The number of structural features of the '<em>Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.DriverImpl <em>Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.DriverImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getDriver()
	 * @generated
	 */
	int DRIVER = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Persistence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__PERSISTENCE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.UncertaintyImpl <em>Uncertainty</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.UncertaintyImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getUncertainty()
	 * @generated
	 */
	int UNCERTAINTY = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__TARGET = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__ATTRIBUTE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__INDEX = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__DISTRIBUTION = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Draw Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__DRAW_PER_YEAR = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__DRIVER = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY__STRENGTH = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Uncertainty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Uncertainty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ScenarioImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OVERRIDES = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ScenarioOverrideImpl <em>Scenario Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ScenarioOverrideImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getScenarioOverride()
	 * @generated
	 */
	int SCENARIO_OVERRIDE = 39;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__TARGET = 0;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__ATTRIBUTE = 1;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__INDEX = 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__MODE = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Scenario Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Scenario Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ActivityImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DURATION_MINUTES = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ATTENDEES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Required Equipment</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__REQUIRED_EQUIPMENT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allowed Days</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ALLOWED_DAYS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Earliest Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__EARLIEST_START = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Latest End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__LATEST_END = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Preferred Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PREFERRED_START = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PRIORITY = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__VALUE = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MANDATORY = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.SpacePlanSettingsImpl <em>Space Plan Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.SpacePlanSettingsImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getSpacePlanSettings()
	 * @generated
	 */
	int SPACE_PLAN_SETTINGS = 41;

	/**
	 * The feature id for the '<em><b>Minimum Resident Desks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS = 0;

	/**
	 * The feature id for the '<em><b>Minimum Public Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK = 1;

	/**
	 * The feature id for the '<em><b>Result Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS__RESULT_WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Public Hours Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Beneficiaries Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Solidarity Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT = 5;

	/**
	 * The number of structural features of the '<em>Space Plan Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Space Plan Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPACE_PLAN_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.ActualAccountsImpl <em>Actual Accounts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.ActualAccountsImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getActualAccounts()
	 * @generated
	 */
	int ACTUAL_ACCOUNTS = 42;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTUAL_ACCOUNTS__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Balances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTUAL_ACCOUNTS__BALANCES = 1;

	/**
	 * The feature id for the '<em><b>Cash</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTUAL_ACCOUNTS__CASH = 2;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTUAL_ACCOUNTS__MAPPINGS = 3;

	/**
	 * The number of structural features of the '<em>Actual Accounts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTUAL_ACCOUNTS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Actual Accounts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTUAL_ACCOUNTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.AccountBalanceImpl <em>Account Balance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.AccountBalanceImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getAccountBalance()
	 * @generated
	 */
	int ACCOUNT_BALANCE = 43;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_BALANCE__ACCOUNT = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_BALANCE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_BALANCE__MONTH = 2;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_BALANCE__AMOUNT = 3;

	/**
	 * The number of structural features of the '<em>Account Balance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_BALANCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Account Balance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_BALANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.CashBalanceImpl <em>Cash Balance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.CashBalanceImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getCashBalance()
	 * @generated
	 */
	int CASH_BALANCE = 44;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASH_BALANCE__MONTH = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASH_BALANCE__AMOUNT = 1;

	/**
	 * The number of structural features of the '<em>Cash Balance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASH_BALANCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Cash Balance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASH_BALANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.impl.AccountMappingImpl <em>Account Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.impl.AccountMappingImpl
	 * @see org.perenne.model.impl.PerennePackageImpl#getAccountMapping()
	 * @generated
	 */
	int ACCOUNT_MAPPING = 45;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_MAPPING__ACCOUNT = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_MAPPING__LINE = 1;

	/**
	 * The number of structural features of the '<em>Account Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_MAPPING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Account Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.perenne.model.LegalForm <em>Legal Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.LegalForm
	 * @see org.perenne.model.impl.PerennePackageImpl#getLegalForm()
	 * @generated
	 */
	int LEGAL_FORM = 46;

	/**
	 * The meta object id for the '{@link org.perenne.model.SegmentKind <em>Segment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.SegmentKind
	 * @see org.perenne.model.impl.PerennePackageImpl#getSegmentKind()
	 * @generated
	 */
	int SEGMENT_KIND = 47;

	/**
	 * The meta object id for the '{@link org.perenne.model.RoomFunction <em>Room Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.RoomFunction
	 * @see org.perenne.model.impl.PerennePackageImpl#getRoomFunction()
	 * @generated
	 */
	int ROOM_FUNCTION = 48;

	/**
	 * The meta object id for the '{@link org.perenne.model.Equipment <em>Equipment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.Equipment
	 * @see org.perenne.model.impl.PerennePackageImpl#getEquipment()
	 * @generated
	 */
	int EQUIPMENT = 49;

	/**
	 * The meta object id for the '{@link org.perenne.model.DayOfWeek <em>Day Of Week</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.DayOfWeek
	 * @see org.perenne.model.impl.PerennePackageImpl#getDayOfWeek()
	 * @generated
	 */
	int DAY_OF_WEEK = 50;

	/**
	 * The meta object id for the '{@link org.perenne.model.VisitUnit <em>Visit Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.VisitUnit
	 * @see org.perenne.model.impl.PerennePackageImpl#getVisitUnit()
	 * @generated
	 */
	int VISIT_UNIT = 51;

	/**
	 * The meta object id for the '{@link org.perenne.model.ServiceKind <em>Service Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.ServiceKind
	 * @see org.perenne.model.impl.PerennePackageImpl#getServiceKind()
	 * @generated
	 */
	int SERVICE_KIND = 52;

	/**
	 * The meta object id for the '{@link org.perenne.model.CostCategory <em>Cost Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.CostCategory
	 * @see org.perenne.model.impl.PerennePackageImpl#getCostCategory()
	 * @generated
	 */
	int COST_CATEGORY = 53;

	/**
	 * The meta object id for the '{@link org.perenne.model.FunderLevel <em>Funder Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.FunderLevel
	 * @see org.perenne.model.impl.PerennePackageImpl#getFunderLevel()
	 * @generated
	 */
	int FUNDER_LEVEL = 54;

	/**
	 * The meta object id for the '{@link org.perenne.model.GrantKind <em>Grant Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.GrantKind
	 * @see org.perenne.model.impl.PerennePackageImpl#getGrantKind()
	 * @generated
	 */
	int GRANT_KIND = 55;

	/**
	 * The meta object id for the '{@link org.perenne.model.PaymentMode <em>Payment Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.PaymentMode
	 * @see org.perenne.model.impl.PerennePackageImpl#getPaymentMode()
	 * @generated
	 */
	int PAYMENT_MODE = 56;

	/**
	 * The meta object id for the '{@link org.perenne.model.ImpactMetric <em>Impact Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.ImpactMetric
	 * @see org.perenne.model.impl.PerennePackageImpl#getImpactMetric()
	 * @generated
	 */
	int IMPACT_METRIC = 57;

	/**
	 * The meta object id for the '{@link org.perenne.model.DistributionKind <em>Distribution Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.DistributionKind
	 * @see org.perenne.model.impl.PerennePackageImpl#getDistributionKind()
	 * @generated
	 */
	int DISTRIBUTION_KIND = 58;

	/**
	 * The meta object id for the '{@link org.perenne.model.OverrideMode <em>Override Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.OverrideMode
	 * @see org.perenne.model.impl.PerennePackageImpl#getOverrideMode()
	 * @generated
	 */
	int OVERRIDE_MODE = 59;

	/**
	 * The meta object id for the '{@link org.perenne.model.ActivityPriority <em>Activity Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.perenne.model.ActivityPriority
	 * @see org.perenne.model.impl.PerennePackageImpl#getActivityPriority()
	 * @generated
	 */
	int ACTIVITY_PRIORITY = 60;

	/**
	 * The meta object id for the '<em>Year Month</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.YearMonth
	 * @see org.perenne.model.impl.PerennePackageImpl#getYearMonth()
	 * @generated
	 */
	int YEAR_MONTH = 61;

	/**
	 * The meta object id for the '<em>Time Of Day</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see org.perenne.model.impl.PerennePackageImpl#getTimeOfDay()
	 * @generated
	 */
	int TIME_OF_DAY = 62;


	/**
	 * Returns the meta object for class '{@link org.perenne.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.perenne.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.perenne.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.perenne.model.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Element#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.perenne.model.Element#getDescription()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Description();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.CostLine <em>Cost Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cost Line</em>'.
	 * @see org.perenne.model.CostLine
	 * @generated
	 */
	EClass getCostLine();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Indexed <em>Indexed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indexed</em>'.
	 * @see org.perenne.model.Indexed
	 * @generated
	 */
	EClass getIndexed();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Indexed#getIndexationRate <em>Indexation Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indexation Rate</em>'.
	 * @see org.perenne.model.Indexed#getIndexationRate()
	 * @see #getIndexed()
	 * @generated
	 */
	EAttribute getIndexed_IndexationRate();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Canvas <em>Canvas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Canvas</em>'.
	 * @see org.perenne.model.Canvas
	 * @generated
	 */
	EClass getCanvas();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.perenne.model.Canvas#getFormatVersion()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.perenne.model.Canvas#getName()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.perenne.model.Canvas#getDescription()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getTerritory <em>Territory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Territory</em>'.
	 * @see org.perenne.model.Canvas#getTerritory()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_Territory();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getSiren <em>Siren</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Siren</em>'.
	 * @see org.perenne.model.Canvas#getSiren()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_Siren();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.perenne.model.Canvas#getCurrency()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getLegalForm <em>Legal Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Form</em>'.
	 * @see org.perenne.model.Canvas#getLegalForm()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_LegalForm();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getStartMonth <em>Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Month</em>'.
	 * @see org.perenne.model.Canvas#getStartMonth()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_StartMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getHorizonYears <em>Horizon Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon Years</em>'.
	 * @see org.perenne.model.Canvas#getHorizonYears()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_HorizonYears();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getInflationRate <em>Inflation Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inflation Rate</em>'.
	 * @see org.perenne.model.Canvas#getInflationRate()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_InflationRate();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getOpeningCash <em>Opening Cash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opening Cash</em>'.
	 * @see org.perenne.model.Canvas#getOpeningCash()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_OpeningCash();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Canvas#getCommercialTaxThreshold <em>Commercial Tax Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commercial Tax Threshold</em>'.
	 * @see org.perenne.model.Canvas#getCommercialTaxThreshold()
	 * @see #getCanvas()
	 * @generated
	 */
	EAttribute getCanvas_CommercialTaxThreshold();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getCommunity <em>Community</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Community</em>'.
	 * @see org.perenne.model.Canvas#getCommunity()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Community();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getOffers <em>Offers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Offers</em>'.
	 * @see org.perenne.model.Canvas#getOffers()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Offers();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getSpaces <em>Spaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spaces</em>'.
	 * @see org.perenne.model.Canvas#getSpaces()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Spaces();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Team</em>'.
	 * @see org.perenne.model.Canvas#getTeam()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Team();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Partners</em>'.
	 * @see org.perenne.model.Canvas#getPartners()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Partners();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getIncome <em>Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Income</em>'.
	 * @see org.perenne.model.Canvas#getIncome()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Income();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getFunding <em>Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Funding</em>'.
	 * @see org.perenne.model.Canvas#getFunding()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Funding();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getCosts <em>Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Costs</em>'.
	 * @see org.perenne.model.Canvas#getCosts()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Costs();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Impact</em>'.
	 * @see org.perenne.model.Canvas#getImpact()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Impact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Canvas#getSeasonalityProfiles <em>Seasonality Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seasonality Profiles</em>'.
	 * @see org.perenne.model.Canvas#getSeasonalityProfiles()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_SeasonalityProfiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Canvas#getUncertainties <em>Uncertainties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Uncertainties</em>'.
	 * @see org.perenne.model.Canvas#getUncertainties()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Uncertainties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Canvas#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see org.perenne.model.Canvas#getDrivers()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Drivers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Canvas#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.perenne.model.Canvas#getScenarios()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Canvas#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.perenne.model.Canvas#getActivities()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Activities();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getSpacePlanSettings <em>Space Plan Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Space Plan Settings</em>'.
	 * @see org.perenne.model.Canvas#getSpacePlanSettings()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_SpacePlanSettings();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Canvas#getActuals <em>Actuals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Actuals</em>'.
	 * @see org.perenne.model.Canvas#getActuals()
	 * @see #getCanvas()
	 * @generated
	 */
	EReference getCanvas_Actuals();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.CanvasBlock <em>Canvas Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Canvas Block</em>'.
	 * @see org.perenne.model.CanvasBlock
	 * @generated
	 */
	EClass getCanvasBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.CanvasBlock#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.perenne.model.CanvasBlock#getNotes()
	 * @see #getCanvasBlock()
	 * @generated
	 */
	EAttribute getCanvasBlock_Notes();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.CommunityBlock <em>Community Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Community Block</em>'.
	 * @see org.perenne.model.CommunityBlock
	 * @generated
	 */
	EClass getCommunityBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.CommunityBlock#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.perenne.model.CommunityBlock#getSegments()
	 * @see #getCommunityBlock()
	 * @generated
	 */
	EReference getCommunityBlock_Segments();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.OffersBlock <em>Offers Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offers Block</em>'.
	 * @see org.perenne.model.OffersBlock
	 * @generated
	 */
	EClass getOffersBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.OffersBlock#getMembershipTiers <em>Membership Tiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Membership Tiers</em>'.
	 * @see org.perenne.model.OffersBlock#getMembershipTiers()
	 * @see #getOffersBlock()
	 * @generated
	 */
	EReference getOffersBlock_MembershipTiers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.OffersBlock#getDropIns <em>Drop Ins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drop Ins</em>'.
	 * @see org.perenne.model.OffersBlock#getDropIns()
	 * @see #getOffersBlock()
	 * @generated
	 */
	EReference getOffersBlock_DropIns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.OffersBlock#getRentals <em>Rentals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rentals</em>'.
	 * @see org.perenne.model.OffersBlock#getRentals()
	 * @see #getOffersBlock()
	 * @generated
	 */
	EReference getOffersBlock_Rentals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.OffersBlock#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see org.perenne.model.OffersBlock#getServices()
	 * @see #getOffersBlock()
	 * @generated
	 */
	EReference getOffersBlock_Services();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.SpacesBlock <em>Spaces Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spaces Block</em>'.
	 * @see org.perenne.model.SpacesBlock
	 * @generated
	 */
	EClass getSpacesBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.SpacesBlock#getRooms <em>Rooms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rooms</em>'.
	 * @see org.perenne.model.SpacesBlock#getRooms()
	 * @see #getSpacesBlock()
	 * @generated
	 */
	EReference getSpacesBlock_Rooms();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.TeamBlock <em>Team Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team Block</em>'.
	 * @see org.perenne.model.TeamBlock
	 * @generated
	 */
	EClass getTeamBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.TeamBlock#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff</em>'.
	 * @see org.perenne.model.TeamBlock#getStaff()
	 * @see #getTeamBlock()
	 * @generated
	 */
	EReference getTeamBlock_Staff();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.TeamBlock#getVolunteering <em>Volunteering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volunteering</em>'.
	 * @see org.perenne.model.TeamBlock#getVolunteering()
	 * @see #getTeamBlock()
	 * @generated
	 */
	EReference getTeamBlock_Volunteering();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.PartnersBlock <em>Partners Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partners Block</em>'.
	 * @see org.perenne.model.PartnersBlock
	 * @generated
	 */
	EClass getPartnersBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.PartnersBlock#getFunders <em>Funders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Funders</em>'.
	 * @see org.perenne.model.PartnersBlock#getFunders()
	 * @see #getPartnersBlock()
	 * @generated
	 */
	EReference getPartnersBlock_Funders();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.IncomeBlock <em>Income Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Income Block</em>'.
	 * @see org.perenne.model.IncomeBlock
	 * @generated
	 */
	EClass getIncomeBlock();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.FundingBlock <em>Funding Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funding Block</em>'.
	 * @see org.perenne.model.FundingBlock
	 * @generated
	 */
	EClass getFundingBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.FundingBlock#getGrants <em>Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Grants</em>'.
	 * @see org.perenne.model.FundingBlock#getGrants()
	 * @see #getFundingBlock()
	 * @generated
	 */
	EReference getFundingBlock_Grants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.FundingBlock#getReimbursementGrants <em>Reimbursement Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reimbursement Grants</em>'.
	 * @see org.perenne.model.FundingBlock#getReimbursementGrants()
	 * @see #getFundingBlock()
	 * @generated
	 */
	EReference getFundingBlock_ReimbursementGrants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.FundingBlock#getLoans <em>Loans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Loans</em>'.
	 * @see org.perenne.model.FundingBlock#getLoans()
	 * @see #getFundingBlock()
	 * @generated
	 */
	EReference getFundingBlock_Loans();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.CostsBlock <em>Costs Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Costs Block</em>'.
	 * @see org.perenne.model.CostsBlock
	 * @generated
	 */
	EClass getCostsBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.CostsBlock#getFixedCosts <em>Fixed Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixed Costs</em>'.
	 * @see org.perenne.model.CostsBlock#getFixedCosts()
	 * @see #getCostsBlock()
	 * @generated
	 */
	EReference getCostsBlock_FixedCosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.CostsBlock#getInvestments <em>Investments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Investments</em>'.
	 * @see org.perenne.model.CostsBlock#getInvestments()
	 * @see #getCostsBlock()
	 * @generated
	 */
	EReference getCostsBlock_Investments();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.ImpactBlock <em>Impact Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Impact Block</em>'.
	 * @see org.perenne.model.ImpactBlock
	 * @generated
	 */
	EClass getImpactBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.ImpactBlock#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.perenne.model.ImpactBlock#getIndicators()
	 * @see #getImpactBlock()
	 * @generated
	 */
	EReference getImpactBlock_Indicators();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.perenne.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Segment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.perenne.model.Segment#getKind()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Segment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.perenne.model.Segment#getSize()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Size();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Offer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offer</em>'.
	 * @see org.perenne.model.Offer
	 * @generated
	 */
	EClass getOffer();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.Offer#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.perenne.model.Offer#getSegment()
	 * @see #getOffer()
	 * @generated
	 */
	EReference getOffer_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Offer#isSolidarityPriced <em>Solidarity Priced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solidarity Priced</em>'.
	 * @see org.perenne.model.Offer#isSolidarityPriced()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_SolidarityPriced();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Offer#getSolidarityPriceCap <em>Solidarity Price Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solidarity Price Cap</em>'.
	 * @see org.perenne.model.Offer#getSolidarityPriceCap()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_SolidarityPriceCap();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Offer#getPriceLadder <em>Price Ladder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Price Ladder</em>'.
	 * @see org.perenne.model.Offer#getPriceLadder()
	 * @see #getOffer()
	 * @generated
	 */
	EReference getOffer_PriceLadder();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.VolumeOffer <em>Volume Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Offer</em>'.
	 * @see org.perenne.model.VolumeOffer
	 * @generated
	 */
	EClass getVolumeOffer();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.VolumeOffer#getSeasonality <em>Seasonality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Seasonality</em>'.
	 * @see org.perenne.model.VolumeOffer#getSeasonality()
	 * @see #getVolumeOffer()
	 * @generated
	 */
	EReference getVolumeOffer_Seasonality();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.MembershipTier <em>Membership Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership Tier</em>'.
	 * @see org.perenne.model.MembershipTier
	 * @generated
	 */
	EClass getMembershipTier();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getMonthlyFee <em>Monthly Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Fee</em>'.
	 * @see org.perenne.model.MembershipTier#getMonthlyFee()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_MonthlyFee();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getJoiningFee <em>Joining Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joining Fee</em>'.
	 * @see org.perenne.model.MembershipTier#getJoiningFee()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_JoiningFee();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getDeskUsage <em>Desk Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desk Usage</em>'.
	 * @see org.perenne.model.MembershipTier#getDeskUsage()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_DeskUsage();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getStartCount <em>Start Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Count</em>'.
	 * @see org.perenne.model.MembershipTier#getStartCount()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_StartCount();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getTargetCount <em>Target Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Count</em>'.
	 * @see org.perenne.model.MembershipTier#getTargetCount()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_TargetCount();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getRampUpMonths <em>Ramp Up Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ramp Up Months</em>'.
	 * @see org.perenne.model.MembershipTier#getRampUpMonths()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_RampUpMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.MembershipTier#getMonthlyChurn <em>Monthly Churn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Churn</em>'.
	 * @see org.perenne.model.MembershipTier#getMonthlyChurn()
	 * @see #getMembershipTier()
	 * @generated
	 */
	EAttribute getMembershipTier_MonthlyChurn();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.DropIn <em>Drop In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drop In</em>'.
	 * @see org.perenne.model.DropIn
	 * @generated
	 */
	EClass getDropIn();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.DropIn#getPricePerVisit <em>Price Per Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Per Visit</em>'.
	 * @see org.perenne.model.DropIn#getPricePerVisit()
	 * @see #getDropIn()
	 * @generated
	 */
	EAttribute getDropIn_PricePerVisit();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.DropIn#getVisitsPerMonth <em>Visits Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visits Per Month</em>'.
	 * @see org.perenne.model.DropIn#getVisitsPerMonth()
	 * @see #getDropIn()
	 * @generated
	 */
	EAttribute getDropIn_VisitsPerMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.DropIn#getVisitUnit <em>Visit Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visit Unit</em>'.
	 * @see org.perenne.model.DropIn#getVisitUnit()
	 * @see #getDropIn()
	 * @generated
	 */
	EAttribute getDropIn_VisitUnit();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.RoomRental <em>Room Rental</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Room Rental</em>'.
	 * @see org.perenne.model.RoomRental
	 * @generated
	 */
	EClass getRoomRental();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.RoomRental#getRoom <em>Room</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Room</em>'.
	 * @see org.perenne.model.RoomRental#getRoom()
	 * @see #getRoomRental()
	 * @generated
	 */
	EReference getRoomRental_Room();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.RoomRental#getHourlyRate <em>Hourly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hourly Rate</em>'.
	 * @see org.perenne.model.RoomRental#getHourlyRate()
	 * @see #getRoomRental()
	 * @generated
	 */
	EAttribute getRoomRental_HourlyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.RoomRental#getHalfDayPrice <em>Half Day Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Half Day Price</em>'.
	 * @see org.perenne.model.RoomRental#getHalfDayPrice()
	 * @see #getRoomRental()
	 * @generated
	 */
	EAttribute getRoomRental_HalfDayPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.RoomRental#getDayPrice <em>Day Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day Price</em>'.
	 * @see org.perenne.model.RoomRental#getDayPrice()
	 * @see #getRoomRental()
	 * @generated
	 */
	EAttribute getRoomRental_DayPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.RoomRental#getBookableHoursPerMonth <em>Bookable Hours Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bookable Hours Per Month</em>'.
	 * @see org.perenne.model.RoomRental#getBookableHoursPerMonth()
	 * @see #getRoomRental()
	 * @generated
	 */
	EAttribute getRoomRental_BookableHoursPerMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.RoomRental#getOccupancyRate <em>Occupancy Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupancy Rate</em>'.
	 * @see org.perenne.model.RoomRental#getOccupancyRate()
	 * @see #getRoomRental()
	 * @generated
	 */
	EAttribute getRoomRental_OccupancyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.RoomRental#getDirectCostPerHour <em>Direct Cost Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Cost Per Hour</em>'.
	 * @see org.perenne.model.RoomRental#getDirectCostPerHour()
	 * @see #getRoomRental()
	 * @generated
	 */
	EAttribute getRoomRental_DirectCostPerHour();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see org.perenne.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.perenne.model.Service#getKind()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getUnitsPerMonth <em>Units Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units Per Month</em>'.
	 * @see org.perenne.model.Service#getUnitsPerMonth()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_UnitsPerMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getUnitLabel <em>Unit Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Label</em>'.
	 * @see org.perenne.model.Service#getUnitLabel()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_UnitLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getUnitPrice <em>Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Price</em>'.
	 * @see org.perenne.model.Service#getUnitPrice()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_UnitPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getVariableCostPerUnit <em>Variable Cost Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Cost Per Unit</em>'.
	 * @see org.perenne.model.Service#getVariableCostPerUnit()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_VariableCostPerUnit();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.Service#getRoom <em>Room</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Room</em>'.
	 * @see org.perenne.model.Service#getRoom()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Room();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getBeneficiariesPerUnit <em>Beneficiaries Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficiaries Per Unit</em>'.
	 * @see org.perenne.model.Service#getBeneficiariesPerUnit()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_BeneficiariesPerUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Service#getPublicHoursPerUnit <em>Public Hours Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Hours Per Unit</em>'.
	 * @see org.perenne.model.Service#getPublicHoursPerUnit()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_PublicHoursPerUnit();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.PriceLadder <em>Price Ladder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Price Ladder</em>'.
	 * @see org.perenne.model.PriceLadder
	 * @generated
	 */
	EClass getPriceLadder();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.PriceLadder#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Levels</em>'.
	 * @see org.perenne.model.PriceLadder#getLevels()
	 * @see #getPriceLadder()
	 * @generated
	 */
	EAttribute getPriceLadder_Levels();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.PriceLadder#getElasticity <em>Elasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elasticity</em>'.
	 * @see org.perenne.model.PriceLadder#getElasticity()
	 * @see #getPriceLadder()
	 * @generated
	 */
	EAttribute getPriceLadder_Elasticity();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Room <em>Room</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Room</em>'.
	 * @see org.perenne.model.Room
	 * @generated
	 */
	EClass getRoom();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Room#getAreaM2 <em>Area M2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area M2</em>'.
	 * @see org.perenne.model.Room#getAreaM2()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_AreaM2();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Room#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.perenne.model.Room#getCapacity()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Room#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.perenne.model.Room#getKind()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Room#getAllowedFunctions <em>Allowed Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Functions</em>'.
	 * @see org.perenne.model.Room#getAllowedFunctions()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_AllowedFunctions();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Room#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Equipment</em>'.
	 * @see org.perenne.model.Room#getEquipment()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_Equipment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Room#getOpeningHours <em>Opening Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opening Hours</em>'.
	 * @see org.perenne.model.Room#getOpeningHours()
	 * @see #getRoom()
	 * @generated
	 */
	EReference getRoom_OpeningHours();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Room#isAccessible <em>Accessible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accessible</em>'.
	 * @see org.perenne.model.Room#isAccessible()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_Accessible();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Room#isPublicAccess <em>Public Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Access</em>'.
	 * @see org.perenne.model.Room#isPublicAccess()
	 * @see #getRoom()
	 * @generated
	 */
	EAttribute getRoom_PublicAccess();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.OpeningSlot <em>Opening Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opening Slot</em>'.
	 * @see org.perenne.model.OpeningSlot
	 * @generated
	 */
	EClass getOpeningSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.OpeningSlot#getDay <em>Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day</em>'.
	 * @see org.perenne.model.OpeningSlot#getDay()
	 * @see #getOpeningSlot()
	 * @generated
	 */
	EAttribute getOpeningSlot_Day();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.OpeningSlot#getOpensAt <em>Opens At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opens At</em>'.
	 * @see org.perenne.model.OpeningSlot#getOpensAt()
	 * @see #getOpeningSlot()
	 * @generated
	 */
	EAttribute getOpeningSlot_OpensAt();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.OpeningSlot#getClosesAt <em>Closes At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closes At</em>'.
	 * @see org.perenne.model.OpeningSlot#getClosesAt()
	 * @see #getOpeningSlot()
	 * @generated
	 */
	EAttribute getOpeningSlot_ClosesAt();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.StaffMember <em>Staff Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Member</em>'.
	 * @see org.perenne.model.StaffMember
	 * @generated
	 */
	EClass getStaffMember();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.StaffMember#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.perenne.model.StaffMember#getRole()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.StaffMember#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.perenne.model.StaffMember#getFte()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Fte();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.StaffMember#getGrossMonthlySalary <em>Gross Monthly Salary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gross Monthly Salary</em>'.
	 * @see org.perenne.model.StaffMember#getGrossMonthlySalary()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_GrossMonthlySalary();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.StaffMember#getEmployerContributionRate <em>Employer Contribution Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employer Contribution Rate</em>'.
	 * @see org.perenne.model.StaffMember#getEmployerContributionRate()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_EmployerContributionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.StaffMember#getStartMonth <em>Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Month</em>'.
	 * @see org.perenne.model.StaffMember#getStartMonth()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_StartMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.StaffMember#getEndMonth <em>End Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Month</em>'.
	 * @see org.perenne.model.StaffMember#getEndMonth()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_EndMonth();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Volunteering <em>Volunteering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volunteering</em>'.
	 * @see org.perenne.model.Volunteering
	 * @generated
	 */
	EClass getVolunteering();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Volunteering#getHoursPerMonth <em>Hours Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Month</em>'.
	 * @see org.perenne.model.Volunteering#getHoursPerMonth()
	 * @see #getVolunteering()
	 * @generated
	 */
	EAttribute getVolunteering_HoursPerMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Volunteering#getHourlyValue <em>Hourly Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hourly Value</em>'.
	 * @see org.perenne.model.Volunteering#getHourlyValue()
	 * @see #getVolunteering()
	 * @generated
	 */
	EAttribute getVolunteering_HourlyValue();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Funder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funder</em>'.
	 * @see org.perenne.model.Funder
	 * @generated
	 */
	EClass getFunder();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Funder#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.perenne.model.Funder#getLevel()
	 * @see #getFunder()
	 * @generated
	 */
	EAttribute getFunder_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Funder#getSiren <em>Siren</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Siren</em>'.
	 * @see org.perenne.model.Funder#getSiren()
	 * @see #getFunder()
	 * @generated
	 */
	EAttribute getFunder_Siren();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Grant <em>Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grant</em>'.
	 * @see org.perenne.model.Grant
	 * @generated
	 */
	EClass getGrant();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.Grant#getFunder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Funder</em>'.
	 * @see org.perenne.model.Grant#getFunder()
	 * @see #getGrant()
	 * @generated
	 */
	EReference getGrant_Funder();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.perenne.model.Grant#getKind()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Grant#getCommittedAmounts <em>Committed Amounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Committed Amounts</em>'.
	 * @see org.perenne.model.Grant#getCommittedAmounts()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_CommittedAmounts();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getFirstGrantYear <em>First Grant Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Grant Year</em>'.
	 * @see org.perenne.model.Grant#getFirstGrantYear()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_FirstGrantYear();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getPaymentMode <em>Payment Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payment Mode</em>'.
	 * @see org.perenne.model.Grant#getPaymentMode()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_PaymentMode();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getAdvanceShare <em>Advance Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advance Share</em>'.
	 * @see org.perenne.model.Grant#getAdvanceShare()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_AdvanceShare();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getAdvanceDelayMonths <em>Advance Delay Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advance Delay Months</em>'.
	 * @see org.perenne.model.Grant#getAdvanceDelayMonths()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_AdvanceDelayMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getBalanceDelayMonths <em>Balance Delay Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Balance Delay Months</em>'.
	 * @see org.perenne.model.Grant#getBalanceDelayMonths()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_BalanceDelayMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getDelayMonths <em>Delay Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Months</em>'.
	 * @see org.perenne.model.Grant#getDelayMonths()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_DelayMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getRenewalProbability <em>Renewal Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renewal Probability</em>'.
	 * @see org.perenne.model.Grant#getRenewalProbability()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_RenewalProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Grant#getRenewalAmount <em>Renewal Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renewal Amount</em>'.
	 * @see org.perenne.model.Grant#getRenewalAmount()
	 * @see #getGrant()
	 * @generated
	 */
	EAttribute getGrant_RenewalAmount();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.Grant#getFinancedInvestment <em>Financed Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Financed Investment</em>'.
	 * @see org.perenne.model.Grant#getFinancedInvestment()
	 * @see #getGrant()
	 * @generated
	 */
	EReference getGrant_FinancedInvestment();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.ReimbursementGrant <em>Reimbursement Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reimbursement Grant</em>'.
	 * @see org.perenne.model.ReimbursementGrant
	 * @generated
	 */
	EClass getReimbursementGrant();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.ReimbursementGrant#getFunder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Funder</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getFunder()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EReference getReimbursementGrant_Funder();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getKind()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getRate()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_Rate();

	/**
	 * Returns the meta object for the reference list '{@link org.perenne.model.ReimbursementGrant#getEligibleCosts <em>Eligible Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Eligible Costs</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getEligibleCosts()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EReference getReimbursementGrant_EligibleCosts();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getProgrammeStartMonth <em>Programme Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programme Start Month</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getProgrammeStartMonth()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_ProgrammeStartMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getProgrammeEndMonth <em>Programme End Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programme End Month</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getProgrammeEndMonth()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_ProgrammeEndMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getCap <em>Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cap</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getCap()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_Cap();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getClaimEveryMonths <em>Claim Every Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Claim Every Months</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getClaimEveryMonths()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_ClaimEveryMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ReimbursementGrant#getDelayMonths <em>Delay Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay Months</em>'.
	 * @see org.perenne.model.ReimbursementGrant#getDelayMonths()
	 * @see #getReimbursementGrant()
	 * @generated
	 */
	EAttribute getReimbursementGrant_DelayMonths();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Loan <em>Loan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loan</em>'.
	 * @see org.perenne.model.Loan
	 * @generated
	 */
	EClass getLoan();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Loan#getLender <em>Lender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lender</em>'.
	 * @see org.perenne.model.Loan#getLender()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_Lender();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Loan#getPrincipal <em>Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Principal</em>'.
	 * @see org.perenne.model.Loan#getPrincipal()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_Principal();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Loan#getAnnualRate <em>Annual Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Rate</em>'.
	 * @see org.perenne.model.Loan#getAnnualRate()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_AnnualRate();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Loan#getDurationMonths <em>Duration Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Months</em>'.
	 * @see org.perenne.model.Loan#getDurationMonths()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_DurationMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Loan#getDeferralMonths <em>Deferral Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deferral Months</em>'.
	 * @see org.perenne.model.Loan#getDeferralMonths()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_DeferralMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Loan#getStartMonth <em>Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Month</em>'.
	 * @see org.perenne.model.Loan#getStartMonth()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_StartMonth();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.FixedCost <em>Fixed Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Cost</em>'.
	 * @see org.perenne.model.FixedCost
	 * @generated
	 */
	EClass getFixedCost();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.FixedCost#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.perenne.model.FixedCost#getCategory()
	 * @see #getFixedCost()
	 * @generated
	 */
	EAttribute getFixedCost_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.FixedCost#getMonthlyAmount <em>Monthly Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Amount</em>'.
	 * @see org.perenne.model.FixedCost#getMonthlyAmount()
	 * @see #getFixedCost()
	 * @generated
	 */
	EAttribute getFixedCost_MonthlyAmount();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Investment <em>Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Investment</em>'.
	 * @see org.perenne.model.Investment
	 * @generated
	 */
	EClass getInvestment();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Investment#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.perenne.model.Investment#getAmount()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Investment#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.perenne.model.Investment#getMonth()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Investment#getDepreciationYears <em>Depreciation Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depreciation Years</em>'.
	 * @see org.perenne.model.Investment#getDepreciationYears()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_DepreciationYears();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.ImpactIndicator <em>Impact Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Impact Indicator</em>'.
	 * @see org.perenne.model.ImpactIndicator
	 * @generated
	 */
	EClass getImpactIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ImpactIndicator#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.perenne.model.ImpactIndicator#getMetric()
	 * @see #getImpactIndicator()
	 * @generated
	 */
	EAttribute getImpactIndicator_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ImpactIndicator#getAnnualTarget <em>Annual Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Target</em>'.
	 * @see org.perenne.model.ImpactIndicator#getAnnualTarget()
	 * @see #getImpactIndicator()
	 * @generated
	 */
	EAttribute getImpactIndicator_AnnualTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ImpactIndicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.perenne.model.ImpactIndicator#getUnit()
	 * @see #getImpactIndicator()
	 * @generated
	 */
	EAttribute getImpactIndicator_Unit();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.SeasonalityProfile <em>Seasonality Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Seasonality Profile</em>'.
	 * @see org.perenne.model.SeasonalityProfile
	 * @generated
	 */
	EClass getSeasonalityProfile();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.SeasonalityProfile#getFactors <em>Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Factors</em>'.
	 * @see org.perenne.model.SeasonalityProfile#getFactors()
	 * @see #getSeasonalityProfile()
	 * @generated
	 */
	EAttribute getSeasonalityProfile_Factors();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distribution</em>'.
	 * @see org.perenne.model.Distribution
	 * @generated
	 */
	EClass getDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.perenne.model.Distribution#getKind()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.perenne.model.Distribution#getMin()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.perenne.model.Distribution#getMode()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.perenne.model.Distribution#getMax()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.perenne.model.Distribution#getMean()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getStandardDeviation <em>Standard Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Deviation</em>'.
	 * @see org.perenne.model.Distribution#getStandardDeviation()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_StandardDeviation();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Distribution#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.perenne.model.Distribution#getProbability()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Probability();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Distribution#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.perenne.model.Distribution#getValues()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Distribution#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Weights</em>'.
	 * @see org.perenne.model.Distribution#getWeights()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Weights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Distribution#getEstimates <em>Estimates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Estimates</em>'.
	 * @see org.perenne.model.Distribution#getEstimates()
	 * @see #getDistribution()
	 * @generated
	 */
	EReference getDistribution_Estimates();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Estimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Estimate</em>'.
	 * @see org.perenne.model.Estimate
	 * @generated
	 */
	EClass getEstimate();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Estimate#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.perenne.model.Estimate#getLow()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Estimate#getLikely <em>Likely</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likely</em>'.
	 * @see org.perenne.model.Estimate#getLikely()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_Likely();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Estimate#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.perenne.model.Estimate#getHigh()
	 * @see #getEstimate()
	 * @generated
	 */
	EAttribute getEstimate_High();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver</em>'.
	 * @see org.perenne.model.Driver
	 * @generated
	 */
	EClass getDriver();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Driver#getPersistence <em>Persistence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persistence</em>'.
	 * @see org.perenne.model.Driver#getPersistence()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Persistence();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Uncertainty <em>Uncertainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uncertainty</em>'.
	 * @see org.perenne.model.Uncertainty
	 * @generated
	 */
	EClass getUncertainty();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.Uncertainty#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.perenne.model.Uncertainty#getTarget()
	 * @see #getUncertainty()
	 * @generated
	 */
	EReference getUncertainty_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Uncertainty#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.perenne.model.Uncertainty#getAttribute()
	 * @see #getUncertainty()
	 * @generated
	 */
	EAttribute getUncertainty_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Uncertainty#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.perenne.model.Uncertainty#getIndex()
	 * @see #getUncertainty()
	 * @generated
	 */
	EAttribute getUncertainty_Index();

	/**
	 * Returns the meta object for the containment reference '{@link org.perenne.model.Uncertainty#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Distribution</em>'.
	 * @see org.perenne.model.Uncertainty#getDistribution()
	 * @see #getUncertainty()
	 * @generated
	 */
	EReference getUncertainty_Distribution();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Uncertainty#isDrawPerYear <em>Draw Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draw Per Year</em>'.
	 * @see org.perenne.model.Uncertainty#isDrawPerYear()
	 * @see #getUncertainty()
	 * @generated
	 */
	EAttribute getUncertainty_DrawPerYear();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.Uncertainty#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.perenne.model.Uncertainty#getDriver()
	 * @see #getUncertainty()
	 * @generated
	 */
	EReference getUncertainty_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Uncertainty#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.perenne.model.Uncertainty#getStrength()
	 * @see #getUncertainty()
	 * @generated
	 */
	EAttribute getUncertainty_Strength();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.perenne.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.Scenario#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.perenne.model.Scenario#getOverrides()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Overrides();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.ScenarioOverride <em>Scenario Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Override</em>'.
	 * @see org.perenne.model.ScenarioOverride
	 * @generated
	 */
	EClass getScenarioOverride();

	/**
	 * Returns the meta object for the reference '{@link org.perenne.model.ScenarioOverride#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.perenne.model.ScenarioOverride#getTarget()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EReference getScenarioOverride_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ScenarioOverride#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.perenne.model.ScenarioOverride#getAttribute()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ScenarioOverride#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.perenne.model.ScenarioOverride#getIndex()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ScenarioOverride#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.perenne.model.ScenarioOverride#getMode()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ScenarioOverride#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.perenne.model.ScenarioOverride#getValue()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Value();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.perenne.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.perenne.model.Activity#getDurationMinutes()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendees</em>'.
	 * @see org.perenne.model.Activity#getAttendees()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Attendees();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Activity#getRequiredEquipment <em>Required Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Equipment</em>'.
	 * @see org.perenne.model.Activity#getRequiredEquipment()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_RequiredEquipment();

	/**
	 * Returns the meta object for the attribute list '{@link org.perenne.model.Activity#getAllowedDays <em>Allowed Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Days</em>'.
	 * @see org.perenne.model.Activity#getAllowedDays()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_AllowedDays();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getEarliestStart <em>Earliest Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Earliest Start</em>'.
	 * @see org.perenne.model.Activity#getEarliestStart()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_EarliestStart();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getLatestEnd <em>Latest End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latest End</em>'.
	 * @see org.perenne.model.Activity#getLatestEnd()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_LatestEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getPreferredStart <em>Preferred Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Start</em>'.
	 * @see org.perenne.model.Activity#getPreferredStart()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_PreferredStart();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.perenne.model.Activity#getPriority()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.perenne.model.Activity#getValue()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.Activity#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.perenne.model.Activity#isMandatory()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Mandatory();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.SpacePlanSettings <em>Space Plan Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Space Plan Settings</em>'.
	 * @see org.perenne.model.SpacePlanSettings
	 * @generated
	 */
	EClass getSpacePlanSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.SpacePlanSettings#getMinimumResidentDesks <em>Minimum Resident Desks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Resident Desks</em>'.
	 * @see org.perenne.model.SpacePlanSettings#getMinimumResidentDesks()
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	EAttribute getSpacePlanSettings_MinimumResidentDesks();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.SpacePlanSettings#getMinimumPublicHoursPerWeek <em>Minimum Public Hours Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Public Hours Per Week</em>'.
	 * @see org.perenne.model.SpacePlanSettings#getMinimumPublicHoursPerWeek()
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	EAttribute getSpacePlanSettings_MinimumPublicHoursPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.SpacePlanSettings#getResultWeight <em>Result Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result Weight</em>'.
	 * @see org.perenne.model.SpacePlanSettings#getResultWeight()
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	EAttribute getSpacePlanSettings_ResultWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.SpacePlanSettings#getPublicHoursWeight <em>Public Hours Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Hours Weight</em>'.
	 * @see org.perenne.model.SpacePlanSettings#getPublicHoursWeight()
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	EAttribute getSpacePlanSettings_PublicHoursWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.SpacePlanSettings#getBeneficiariesWeight <em>Beneficiaries Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficiaries Weight</em>'.
	 * @see org.perenne.model.SpacePlanSettings#getBeneficiariesWeight()
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	EAttribute getSpacePlanSettings_BeneficiariesWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.SpacePlanSettings#getSolidarityWeight <em>Solidarity Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solidarity Weight</em>'.
	 * @see org.perenne.model.SpacePlanSettings#getSolidarityWeight()
	 * @see #getSpacePlanSettings()
	 * @generated
	 */
	EAttribute getSpacePlanSettings_SolidarityWeight();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.ActualAccounts <em>Actual Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actual Accounts</em>'.
	 * @see org.perenne.model.ActualAccounts
	 * @generated
	 */
	EClass getActualAccounts();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.ActualAccounts#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.perenne.model.ActualAccounts#getSource()
	 * @see #getActualAccounts()
	 * @generated
	 */
	EAttribute getActualAccounts_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.ActualAccounts#getBalances <em>Balances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Balances</em>'.
	 * @see org.perenne.model.ActualAccounts#getBalances()
	 * @see #getActualAccounts()
	 * @generated
	 */
	EReference getActualAccounts_Balances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.ActualAccounts#getCash <em>Cash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cash</em>'.
	 * @see org.perenne.model.ActualAccounts#getCash()
	 * @see #getActualAccounts()
	 * @generated
	 */
	EReference getActualAccounts_Cash();

	/**
	 * Returns the meta object for the containment reference list '{@link org.perenne.model.ActualAccounts#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see org.perenne.model.ActualAccounts#getMappings()
	 * @see #getActualAccounts()
	 * @generated
	 */
	EReference getActualAccounts_Mappings();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.AccountBalance <em>Account Balance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account Balance</em>'.
	 * @see org.perenne.model.AccountBalance
	 * @generated
	 */
	EClass getAccountBalance();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.AccountBalance#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.perenne.model.AccountBalance#getAccount()
	 * @see #getAccountBalance()
	 * @generated
	 */
	EAttribute getAccountBalance_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.AccountBalance#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.perenne.model.AccountBalance#getLabel()
	 * @see #getAccountBalance()
	 * @generated
	 */
	EAttribute getAccountBalance_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.AccountBalance#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.perenne.model.AccountBalance#getMonth()
	 * @see #getAccountBalance()
	 * @generated
	 */
	EAttribute getAccountBalance_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.AccountBalance#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.perenne.model.AccountBalance#getAmount()
	 * @see #getAccountBalance()
	 * @generated
	 */
	EAttribute getAccountBalance_Amount();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.CashBalance <em>Cash Balance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cash Balance</em>'.
	 * @see org.perenne.model.CashBalance
	 * @generated
	 */
	EClass getCashBalance();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.CashBalance#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.perenne.model.CashBalance#getMonth()
	 * @see #getCashBalance()
	 * @generated
	 */
	EAttribute getCashBalance_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.CashBalance#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.perenne.model.CashBalance#getAmount()
	 * @see #getCashBalance()
	 * @generated
	 */
	EAttribute getCashBalance_Amount();

	/**
	 * Returns the meta object for class '{@link org.perenne.model.AccountMapping <em>Account Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account Mapping</em>'.
	 * @see org.perenne.model.AccountMapping
	 * @generated
	 */
	EClass getAccountMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.AccountMapping#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.perenne.model.AccountMapping#getAccount()
	 * @see #getAccountMapping()
	 * @generated
	 */
	EAttribute getAccountMapping_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.perenne.model.AccountMapping#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.perenne.model.AccountMapping#getLine()
	 * @see #getAccountMapping()
	 * @generated
	 */
	EAttribute getAccountMapping_Line();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.LegalForm <em>Legal Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Form</em>'.
	 * @see org.perenne.model.LegalForm
	 * @generated
	 */
	EEnum getLegalForm();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.SegmentKind <em>Segment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segment Kind</em>'.
	 * @see org.perenne.model.SegmentKind
	 * @generated
	 */
	EEnum getSegmentKind();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.RoomFunction <em>Room Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Room Function</em>'.
	 * @see org.perenne.model.RoomFunction
	 * @generated
	 */
	EEnum getRoomFunction();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.Equipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Equipment</em>'.
	 * @see org.perenne.model.Equipment
	 * @generated
	 */
	EEnum getEquipment();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.DayOfWeek <em>Day Of Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Day Of Week</em>'.
	 * @see org.perenne.model.DayOfWeek
	 * @generated
	 */
	EEnum getDayOfWeek();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.VisitUnit <em>Visit Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visit Unit</em>'.
	 * @see org.perenne.model.VisitUnit
	 * @generated
	 */
	EEnum getVisitUnit();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.ServiceKind <em>Service Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Kind</em>'.
	 * @see org.perenne.model.ServiceKind
	 * @generated
	 */
	EEnum getServiceKind();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.CostCategory <em>Cost Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Category</em>'.
	 * @see org.perenne.model.CostCategory
	 * @generated
	 */
	EEnum getCostCategory();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.FunderLevel <em>Funder Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Funder Level</em>'.
	 * @see org.perenne.model.FunderLevel
	 * @generated
	 */
	EEnum getFunderLevel();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.GrantKind <em>Grant Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grant Kind</em>'.
	 * @see org.perenne.model.GrantKind
	 * @generated
	 */
	EEnum getGrantKind();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.PaymentMode <em>Payment Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Payment Mode</em>'.
	 * @see org.perenne.model.PaymentMode
	 * @generated
	 */
	EEnum getPaymentMode();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.ImpactMetric <em>Impact Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Impact Metric</em>'.
	 * @see org.perenne.model.ImpactMetric
	 * @generated
	 */
	EEnum getImpactMetric();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.DistributionKind <em>Distribution Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Distribution Kind</em>'.
	 * @see org.perenne.model.DistributionKind
	 * @generated
	 */
	EEnum getDistributionKind();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.OverrideMode <em>Override Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Override Mode</em>'.
	 * @see org.perenne.model.OverrideMode
	 * @generated
	 */
	EEnum getOverrideMode();

	/**
	 * Returns the meta object for enum '{@link org.perenne.model.ActivityPriority <em>Activity Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Priority</em>'.
	 * @see org.perenne.model.ActivityPriority
	 * @generated
	 */
	EEnum getActivityPriority();

	/**
	 * Returns the meta object for data type '{@link java.time.YearMonth <em>Year Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar month written YYYY-MM, e.g. 2027-01.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Year Month</em>'.
	 * @see java.time.YearMonth
	 * @model instanceClass="java.time.YearMonth"
	 * @generated
	 */
	EDataType getYearMonth();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Time Of Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A time of day written HH:MM, e.g. 09:30.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Time Of Day</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getTimeOfDay();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PerenneFactory getPerenneFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ElementImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__DESCRIPTION = eINSTANCE.getElement_Description();

		/**
		 * The meta object literal for the '{@link org.perenne.model.CostLine <em>Cost Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.CostLine
		 * @see org.perenne.model.impl.PerennePackageImpl#getCostLine()
		 * @generated
		 */
		EClass COST_LINE = eINSTANCE.getCostLine();

		/**
		 * The meta object literal for the '{@link org.perenne.model.Indexed <em>Indexed</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.Indexed
		 * @see org.perenne.model.impl.PerennePackageImpl#getIndexed()
		 * @generated
		 */
		EClass INDEXED = eINSTANCE.getIndexed();

		/**
		 * The meta object literal for the '<em><b>Indexation Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEXED__INDEXATION_RATE = eINSTANCE.getIndexed_IndexationRate();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.CanvasImpl <em>Canvas</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.CanvasImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getCanvas()
		 * @generated
		 */
		EClass CANVAS = eINSTANCE.getCanvas();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__FORMAT_VERSION = eINSTANCE.getCanvas_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__NAME = eINSTANCE.getCanvas_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__DESCRIPTION = eINSTANCE.getCanvas_Description();

		/**
		 * The meta object literal for the '<em><b>Territory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__TERRITORY = eINSTANCE.getCanvas_Territory();

		/**
		 * The meta object literal for the '<em><b>Siren</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__SIREN = eINSTANCE.getCanvas_Siren();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__CURRENCY = eINSTANCE.getCanvas_Currency();

		/**
		 * The meta object literal for the '<em><b>Legal Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__LEGAL_FORM = eINSTANCE.getCanvas_LegalForm();

		/**
		 * The meta object literal for the '<em><b>Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__START_MONTH = eINSTANCE.getCanvas_StartMonth();

		/**
		 * The meta object literal for the '<em><b>Horizon Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__HORIZON_YEARS = eINSTANCE.getCanvas_HorizonYears();

		/**
		 * The meta object literal for the '<em><b>Inflation Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__INFLATION_RATE = eINSTANCE.getCanvas_InflationRate();

		/**
		 * The meta object literal for the '<em><b>Opening Cash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__OPENING_CASH = eINSTANCE.getCanvas_OpeningCash();

		/**
		 * The meta object literal for the '<em><b>Commercial Tax Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS__COMMERCIAL_TAX_THRESHOLD = eINSTANCE.getCanvas_CommercialTaxThreshold();

		/**
		 * The meta object literal for the '<em><b>Community</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__COMMUNITY = eINSTANCE.getCanvas_Community();

		/**
		 * The meta object literal for the '<em><b>Offers</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__OFFERS = eINSTANCE.getCanvas_Offers();

		/**
		 * The meta object literal for the '<em><b>Spaces</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__SPACES = eINSTANCE.getCanvas_Spaces();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__TEAM = eINSTANCE.getCanvas_Team();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__PARTNERS = eINSTANCE.getCanvas_Partners();

		/**
		 * The meta object literal for the '<em><b>Income</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__INCOME = eINSTANCE.getCanvas_Income();

		/**
		 * The meta object literal for the '<em><b>Funding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__FUNDING = eINSTANCE.getCanvas_Funding();

		/**
		 * The meta object literal for the '<em><b>Costs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__COSTS = eINSTANCE.getCanvas_Costs();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__IMPACT = eINSTANCE.getCanvas_Impact();

		/**
		 * The meta object literal for the '<em><b>Seasonality Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__SEASONALITY_PROFILES = eINSTANCE.getCanvas_SeasonalityProfiles();

		/**
		 * The meta object literal for the '<em><b>Uncertainties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__UNCERTAINTIES = eINSTANCE.getCanvas_Uncertainties();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__DRIVERS = eINSTANCE.getCanvas_Drivers();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__SCENARIOS = eINSTANCE.getCanvas_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__ACTIVITIES = eINSTANCE.getCanvas_Activities();

		/**
		 * The meta object literal for the '<em><b>Space Plan Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__SPACE_PLAN_SETTINGS = eINSTANCE.getCanvas_SpacePlanSettings();

		/**
		 * The meta object literal for the '<em><b>Actuals</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS__ACTUALS = eINSTANCE.getCanvas_Actuals();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.CanvasBlockImpl <em>Canvas Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.CanvasBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getCanvasBlock()
		 * @generated
		 */
		EClass CANVAS_BLOCK = eINSTANCE.getCanvasBlock();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS_BLOCK__NOTES = eINSTANCE.getCanvasBlock_Notes();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.CommunityBlockImpl <em>Community Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.CommunityBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getCommunityBlock()
		 * @generated
		 */
		EClass COMMUNITY_BLOCK = eINSTANCE.getCommunityBlock();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNITY_BLOCK__SEGMENTS = eINSTANCE.getCommunityBlock_Segments();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.OffersBlockImpl <em>Offers Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.OffersBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getOffersBlock()
		 * @generated
		 */
		EClass OFFERS_BLOCK = eINSTANCE.getOffersBlock();

		/**
		 * The meta object literal for the '<em><b>Membership Tiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFERS_BLOCK__MEMBERSHIP_TIERS = eINSTANCE.getOffersBlock_MembershipTiers();

		/**
		 * The meta object literal for the '<em><b>Drop Ins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFERS_BLOCK__DROP_INS = eINSTANCE.getOffersBlock_DropIns();

		/**
		 * The meta object literal for the '<em><b>Rentals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFERS_BLOCK__RENTALS = eINSTANCE.getOffersBlock_Rentals();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFERS_BLOCK__SERVICES = eINSTANCE.getOffersBlock_Services();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.SpacesBlockImpl <em>Spaces Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.SpacesBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getSpacesBlock()
		 * @generated
		 */
		EClass SPACES_BLOCK = eINSTANCE.getSpacesBlock();

		/**
		 * The meta object literal for the '<em><b>Rooms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPACES_BLOCK__ROOMS = eINSTANCE.getSpacesBlock_Rooms();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.TeamBlockImpl <em>Team Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.TeamBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getTeamBlock()
		 * @generated
		 */
		EClass TEAM_BLOCK = eINSTANCE.getTeamBlock();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM_BLOCK__STAFF = eINSTANCE.getTeamBlock_Staff();

		/**
		 * The meta object literal for the '<em><b>Volunteering</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM_BLOCK__VOLUNTEERING = eINSTANCE.getTeamBlock_Volunteering();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.PartnersBlockImpl <em>Partners Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.PartnersBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getPartnersBlock()
		 * @generated
		 */
		EClass PARTNERS_BLOCK = eINSTANCE.getPartnersBlock();

		/**
		 * The meta object literal for the '<em><b>Funders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERS_BLOCK__FUNDERS = eINSTANCE.getPartnersBlock_Funders();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.IncomeBlockImpl <em>Income Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.IncomeBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getIncomeBlock()
		 * @generated
		 */
		EClass INCOME_BLOCK = eINSTANCE.getIncomeBlock();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.FundingBlockImpl <em>Funding Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.FundingBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getFundingBlock()
		 * @generated
		 */
		EClass FUNDING_BLOCK = eINSTANCE.getFundingBlock();

		/**
		 * The meta object literal for the '<em><b>Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_BLOCK__GRANTS = eINSTANCE.getFundingBlock_Grants();

		/**
		 * The meta object literal for the '<em><b>Reimbursement Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_BLOCK__REIMBURSEMENT_GRANTS = eINSTANCE.getFundingBlock_ReimbursementGrants();

		/**
		 * The meta object literal for the '<em><b>Loans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_BLOCK__LOANS = eINSTANCE.getFundingBlock_Loans();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.CostsBlockImpl <em>Costs Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.CostsBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getCostsBlock()
		 * @generated
		 */
		EClass COSTS_BLOCK = eINSTANCE.getCostsBlock();

		/**
		 * The meta object literal for the '<em><b>Fixed Costs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COSTS_BLOCK__FIXED_COSTS = eINSTANCE.getCostsBlock_FixedCosts();

		/**
		 * The meta object literal for the '<em><b>Investments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COSTS_BLOCK__INVESTMENTS = eINSTANCE.getCostsBlock_Investments();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ImpactBlockImpl <em>Impact Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ImpactBlockImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getImpactBlock()
		 * @generated
		 */
		EClass IMPACT_BLOCK = eINSTANCE.getImpactBlock();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPACT_BLOCK__INDICATORS = eINSTANCE.getImpactBlock_Indicators();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.SegmentImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__KIND = eINSTANCE.getSegment_Kind();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__SIZE = eINSTANCE.getSegment_Size();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.OfferImpl <em>Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.OfferImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getOffer()
		 * @generated
		 */
		EClass OFFER = eINSTANCE.getOffer();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFER__SEGMENT = eINSTANCE.getOffer_Segment();

		/**
		 * The meta object literal for the '<em><b>Solidarity Priced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__SOLIDARITY_PRICED = eINSTANCE.getOffer_SolidarityPriced();

		/**
		 * The meta object literal for the '<em><b>Solidarity Price Cap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__SOLIDARITY_PRICE_CAP = eINSTANCE.getOffer_SolidarityPriceCap();

		/**
		 * The meta object literal for the '<em><b>Price Ladder</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFER__PRICE_LADDER = eINSTANCE.getOffer_PriceLadder();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.VolumeOfferImpl <em>Volume Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.VolumeOfferImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getVolumeOffer()
		 * @generated
		 */
		EClass VOLUME_OFFER = eINSTANCE.getVolumeOffer();

		/**
		 * The meta object literal for the '<em><b>Seasonality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_OFFER__SEASONALITY = eINSTANCE.getVolumeOffer_Seasonality();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.MembershipTierImpl <em>Membership Tier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.MembershipTierImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getMembershipTier()
		 * @generated
		 */
		EClass MEMBERSHIP_TIER = eINSTANCE.getMembershipTier();

		/**
		 * The meta object literal for the '<em><b>Monthly Fee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__MONTHLY_FEE = eINSTANCE.getMembershipTier_MonthlyFee();

		/**
		 * The meta object literal for the '<em><b>Joining Fee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__JOINING_FEE = eINSTANCE.getMembershipTier_JoiningFee();

		/**
		 * The meta object literal for the '<em><b>Desk Usage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__DESK_USAGE = eINSTANCE.getMembershipTier_DeskUsage();

		/**
		 * The meta object literal for the '<em><b>Start Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__START_COUNT = eINSTANCE.getMembershipTier_StartCount();

		/**
		 * The meta object literal for the '<em><b>Target Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__TARGET_COUNT = eINSTANCE.getMembershipTier_TargetCount();

		/**
		 * The meta object literal for the '<em><b>Ramp Up Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__RAMP_UP_MONTHS = eINSTANCE.getMembershipTier_RampUpMonths();

		/**
		 * The meta object literal for the '<em><b>Monthly Churn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_TIER__MONTHLY_CHURN = eINSTANCE.getMembershipTier_MonthlyChurn();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.DropInImpl <em>Drop In</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.DropInImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getDropIn()
		 * @generated
		 */
		EClass DROP_IN = eINSTANCE.getDropIn();

		/**
		 * The meta object literal for the '<em><b>Price Per Visit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROP_IN__PRICE_PER_VISIT = eINSTANCE.getDropIn_PricePerVisit();

		/**
		 * The meta object literal for the '<em><b>Visits Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROP_IN__VISITS_PER_MONTH = eINSTANCE.getDropIn_VisitsPerMonth();

		/**
		 * The meta object literal for the '<em><b>Visit Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROP_IN__VISIT_UNIT = eINSTANCE.getDropIn_VisitUnit();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.RoomRentalImpl <em>Room Rental</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.RoomRentalImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getRoomRental()
		 * @generated
		 */
		EClass ROOM_RENTAL = eINSTANCE.getRoomRental();

		/**
		 * The meta object literal for the '<em><b>Room</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOM_RENTAL__ROOM = eINSTANCE.getRoomRental_Room();

		/**
		 * The meta object literal for the '<em><b>Hourly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM_RENTAL__HOURLY_RATE = eINSTANCE.getRoomRental_HourlyRate();

		/**
		 * The meta object literal for the '<em><b>Half Day Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM_RENTAL__HALF_DAY_PRICE = eINSTANCE.getRoomRental_HalfDayPrice();

		/**
		 * The meta object literal for the '<em><b>Day Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM_RENTAL__DAY_PRICE = eINSTANCE.getRoomRental_DayPrice();

		/**
		 * The meta object literal for the '<em><b>Bookable Hours Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM_RENTAL__BOOKABLE_HOURS_PER_MONTH = eINSTANCE.getRoomRental_BookableHoursPerMonth();

		/**
		 * The meta object literal for the '<em><b>Occupancy Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM_RENTAL__OCCUPANCY_RATE = eINSTANCE.getRoomRental_OccupancyRate();

		/**
		 * The meta object literal for the '<em><b>Direct Cost Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM_RENTAL__DIRECT_COST_PER_HOUR = eINSTANCE.getRoomRental_DirectCostPerHour();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ServiceImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__KIND = eINSTANCE.getService_Kind();

		/**
		 * The meta object literal for the '<em><b>Units Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__UNITS_PER_MONTH = eINSTANCE.getService_UnitsPerMonth();

		/**
		 * The meta object literal for the '<em><b>Unit Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__UNIT_LABEL = eINSTANCE.getService_UnitLabel();

		/**
		 * The meta object literal for the '<em><b>Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__UNIT_PRICE = eINSTANCE.getService_UnitPrice();

		/**
		 * The meta object literal for the '<em><b>Variable Cost Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__VARIABLE_COST_PER_UNIT = eINSTANCE.getService_VariableCostPerUnit();

		/**
		 * The meta object literal for the '<em><b>Room</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__ROOM = eINSTANCE.getService_Room();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__BENEFICIARIES_PER_UNIT = eINSTANCE.getService_BeneficiariesPerUnit();

		/**
		 * The meta object literal for the '<em><b>Public Hours Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__PUBLIC_HOURS_PER_UNIT = eINSTANCE.getService_PublicHoursPerUnit();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.PriceLadderImpl <em>Price Ladder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.PriceLadderImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getPriceLadder()
		 * @generated
		 */
		EClass PRICE_LADDER = eINSTANCE.getPriceLadder();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_LADDER__LEVELS = eINSTANCE.getPriceLadder_Levels();

		/**
		 * The meta object literal for the '<em><b>Elasticity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_LADDER__ELASTICITY = eINSTANCE.getPriceLadder_Elasticity();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.RoomImpl <em>Room</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.RoomImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getRoom()
		 * @generated
		 */
		EClass ROOM = eINSTANCE.getRoom();

		/**
		 * The meta object literal for the '<em><b>Area M2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__AREA_M2 = eINSTANCE.getRoom_AreaM2();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__CAPACITY = eINSTANCE.getRoom_Capacity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__KIND = eINSTANCE.getRoom_Kind();

		/**
		 * The meta object literal for the '<em><b>Allowed Functions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__ALLOWED_FUNCTIONS = eINSTANCE.getRoom_AllowedFunctions();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__EQUIPMENT = eINSTANCE.getRoom_Equipment();

		/**
		 * The meta object literal for the '<em><b>Opening Hours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOM__OPENING_HOURS = eINSTANCE.getRoom_OpeningHours();

		/**
		 * The meta object literal for the '<em><b>Accessible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__ACCESSIBLE = eINSTANCE.getRoom_Accessible();

		/**
		 * The meta object literal for the '<em><b>Public Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOM__PUBLIC_ACCESS = eINSTANCE.getRoom_PublicAccess();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.OpeningSlotImpl <em>Opening Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.OpeningSlotImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getOpeningSlot()
		 * @generated
		 */
		EClass OPENING_SLOT = eINSTANCE.getOpeningSlot();

		/**
		 * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENING_SLOT__DAY = eINSTANCE.getOpeningSlot_Day();

		/**
		 * The meta object literal for the '<em><b>Opens At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENING_SLOT__OPENS_AT = eINSTANCE.getOpeningSlot_OpensAt();

		/**
		 * The meta object literal for the '<em><b>Closes At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENING_SLOT__CLOSES_AT = eINSTANCE.getOpeningSlot_ClosesAt();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.StaffMemberImpl <em>Staff Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.StaffMemberImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getStaffMember()
		 * @generated
		 */
		EClass STAFF_MEMBER = eINSTANCE.getStaffMember();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__ROLE = eINSTANCE.getStaffMember_Role();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__FTE = eINSTANCE.getStaffMember_Fte();

		/**
		 * The meta object literal for the '<em><b>Gross Monthly Salary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__GROSS_MONTHLY_SALARY = eINSTANCE.getStaffMember_GrossMonthlySalary();

		/**
		 * The meta object literal for the '<em><b>Employer Contribution Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE = eINSTANCE.getStaffMember_EmployerContributionRate();

		/**
		 * The meta object literal for the '<em><b>Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__START_MONTH = eINSTANCE.getStaffMember_StartMonth();

		/**
		 * The meta object literal for the '<em><b>End Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__END_MONTH = eINSTANCE.getStaffMember_EndMonth();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.VolunteeringImpl <em>Volunteering</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.VolunteeringImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getVolunteering()
		 * @generated
		 */
		EClass VOLUNTEERING = eINSTANCE.getVolunteering();

		/**
		 * The meta object literal for the '<em><b>Hours Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUNTEERING__HOURS_PER_MONTH = eINSTANCE.getVolunteering_HoursPerMonth();

		/**
		 * The meta object literal for the '<em><b>Hourly Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUNTEERING__HOURLY_VALUE = eINSTANCE.getVolunteering_HourlyValue();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.FunderImpl <em>Funder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.FunderImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getFunder()
		 * @generated
		 */
		EClass FUNDER = eINSTANCE.getFunder();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDER__LEVEL = eINSTANCE.getFunder_Level();

		/**
		 * The meta object literal for the '<em><b>Siren</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDER__SIREN = eINSTANCE.getFunder_Siren();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.GrantImpl <em>Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.GrantImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getGrant()
		 * @generated
		 */
		EClass GRANT = eINSTANCE.getGrant();

		/**
		 * The meta object literal for the '<em><b>Funder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRANT__FUNDER = eINSTANCE.getGrant_Funder();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__KIND = eINSTANCE.getGrant_Kind();

		/**
		 * The meta object literal for the '<em><b>Committed Amounts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__COMMITTED_AMOUNTS = eINSTANCE.getGrant_CommittedAmounts();

		/**
		 * The meta object literal for the '<em><b>First Grant Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__FIRST_GRANT_YEAR = eINSTANCE.getGrant_FirstGrantYear();

		/**
		 * The meta object literal for the '<em><b>Payment Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__PAYMENT_MODE = eINSTANCE.getGrant_PaymentMode();

		/**
		 * The meta object literal for the '<em><b>Advance Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__ADVANCE_SHARE = eINSTANCE.getGrant_AdvanceShare();

		/**
		 * The meta object literal for the '<em><b>Advance Delay Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__ADVANCE_DELAY_MONTHS = eINSTANCE.getGrant_AdvanceDelayMonths();

		/**
		 * The meta object literal for the '<em><b>Balance Delay Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__BALANCE_DELAY_MONTHS = eINSTANCE.getGrant_BalanceDelayMonths();

		/**
		 * The meta object literal for the '<em><b>Delay Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__DELAY_MONTHS = eINSTANCE.getGrant_DelayMonths();

		/**
		 * The meta object literal for the '<em><b>Renewal Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__RENEWAL_PROBABILITY = eINSTANCE.getGrant_RenewalProbability();

		/**
		 * The meta object literal for the '<em><b>Renewal Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANT__RENEWAL_AMOUNT = eINSTANCE.getGrant_RenewalAmount();

		/**
		 * The meta object literal for the '<em><b>Financed Investment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRANT__FINANCED_INVESTMENT = eINSTANCE.getGrant_FinancedInvestment();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ReimbursementGrantImpl <em>Reimbursement Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ReimbursementGrantImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getReimbursementGrant()
		 * @generated
		 */
		EClass REIMBURSEMENT_GRANT = eINSTANCE.getReimbursementGrant();

		/**
		 * The meta object literal for the '<em><b>Funder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REIMBURSEMENT_GRANT__FUNDER = eINSTANCE.getReimbursementGrant_Funder();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__KIND = eINSTANCE.getReimbursementGrant_Kind();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__RATE = eINSTANCE.getReimbursementGrant_Rate();

		/**
		 * The meta object literal for the '<em><b>Eligible Costs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REIMBURSEMENT_GRANT__ELIGIBLE_COSTS = eINSTANCE.getReimbursementGrant_EligibleCosts();

		/**
		 * The meta object literal for the '<em><b>Programme Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH = eINSTANCE.getReimbursementGrant_ProgrammeStartMonth();

		/**
		 * The meta object literal for the '<em><b>Programme End Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH = eINSTANCE.getReimbursementGrant_ProgrammeEndMonth();

		/**
		 * The meta object literal for the '<em><b>Cap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__CAP = eINSTANCE.getReimbursementGrant_Cap();

		/**
		 * The meta object literal for the '<em><b>Claim Every Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS = eINSTANCE.getReimbursementGrant_ClaimEveryMonths();

		/**
		 * The meta object literal for the '<em><b>Delay Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REIMBURSEMENT_GRANT__DELAY_MONTHS = eINSTANCE.getReimbursementGrant_DelayMonths();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.LoanImpl <em>Loan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.LoanImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getLoan()
		 * @generated
		 */
		EClass LOAN = eINSTANCE.getLoan();

		/**
		 * The meta object literal for the '<em><b>Lender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__LENDER = eINSTANCE.getLoan_Lender();

		/**
		 * The meta object literal for the '<em><b>Principal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__PRINCIPAL = eINSTANCE.getLoan_Principal();

		/**
		 * The meta object literal for the '<em><b>Annual Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__ANNUAL_RATE = eINSTANCE.getLoan_AnnualRate();

		/**
		 * The meta object literal for the '<em><b>Duration Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__DURATION_MONTHS = eINSTANCE.getLoan_DurationMonths();

		/**
		 * The meta object literal for the '<em><b>Deferral Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__DEFERRAL_MONTHS = eINSTANCE.getLoan_DeferralMonths();

		/**
		 * The meta object literal for the '<em><b>Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__START_MONTH = eINSTANCE.getLoan_StartMonth();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.FixedCostImpl <em>Fixed Cost</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.FixedCostImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getFixedCost()
		 * @generated
		 */
		EClass FIXED_COST = eINSTANCE.getFixedCost();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_COST__CATEGORY = eINSTANCE.getFixedCost_Category();

		/**
		 * The meta object literal for the '<em><b>Monthly Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_COST__MONTHLY_AMOUNT = eINSTANCE.getFixedCost_MonthlyAmount();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.InvestmentImpl <em>Investment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.InvestmentImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getInvestment()
		 * @generated
		 */
		EClass INVESTMENT = eINSTANCE.getInvestment();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__AMOUNT = eINSTANCE.getInvestment_Amount();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__MONTH = eINSTANCE.getInvestment_Month();

		/**
		 * The meta object literal for the '<em><b>Depreciation Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__DEPRECIATION_YEARS = eINSTANCE.getInvestment_DepreciationYears();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ImpactIndicatorImpl <em>Impact Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ImpactIndicatorImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getImpactIndicator()
		 * @generated
		 */
		EClass IMPACT_INDICATOR = eINSTANCE.getImpactIndicator();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_INDICATOR__METRIC = eINSTANCE.getImpactIndicator_Metric();

		/**
		 * The meta object literal for the '<em><b>Annual Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_INDICATOR__ANNUAL_TARGET = eINSTANCE.getImpactIndicator_AnnualTarget();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_INDICATOR__UNIT = eINSTANCE.getImpactIndicator_Unit();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.SeasonalityProfileImpl <em>Seasonality Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.SeasonalityProfileImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getSeasonalityProfile()
		 * @generated
		 */
		EClass SEASONALITY_PROFILE = eINSTANCE.getSeasonalityProfile();

		/**
		 * The meta object literal for the '<em><b>Factors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEASONALITY_PROFILE__FACTORS = eINSTANCE.getSeasonalityProfile_Factors();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.DistributionImpl <em>Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.DistributionImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getDistribution()
		 * @generated
		 */
		EClass DISTRIBUTION = eINSTANCE.getDistribution();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__KIND = eINSTANCE.getDistribution_Kind();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__MIN = eINSTANCE.getDistribution_Min();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__MODE = eINSTANCE.getDistribution_Mode();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__MAX = eINSTANCE.getDistribution_Max();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__MEAN = eINSTANCE.getDistribution_Mean();

		/**
		 * The meta object literal for the '<em><b>Standard Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__STANDARD_DEVIATION = eINSTANCE.getDistribution_StandardDeviation();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__PROBABILITY = eINSTANCE.getDistribution_Probability();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__VALUES = eINSTANCE.getDistribution_Values();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__WEIGHTS = eINSTANCE.getDistribution_Weights();

		/**
		 * The meta object literal for the '<em><b>Estimates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTRIBUTION__ESTIMATES = eINSTANCE.getDistribution_Estimates();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.EstimateImpl <em>Estimate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.EstimateImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getEstimate()
		 * @generated
		 */
		EClass ESTIMATE = eINSTANCE.getEstimate();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__LOW = eINSTANCE.getEstimate_Low();

		/**
		 * The meta object literal for the '<em><b>Likely</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__LIKELY = eINSTANCE.getEstimate_Likely();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATE__HIGH = eINSTANCE.getEstimate_High();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.DriverImpl <em>Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.DriverImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getDriver()
		 * @generated
		 */
		EClass DRIVER = eINSTANCE.getDriver();

		/**
		 * The meta object literal for the '<em><b>Persistence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__PERSISTENCE = eINSTANCE.getDriver_Persistence();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.UncertaintyImpl <em>Uncertainty</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.UncertaintyImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getUncertainty()
		 * @generated
		 */
		EClass UNCERTAINTY = eINSTANCE.getUncertainty();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNCERTAINTY__TARGET = eINSTANCE.getUncertainty_Target();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY__ATTRIBUTE = eINSTANCE.getUncertainty_Attribute();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY__INDEX = eINSTANCE.getUncertainty_Index();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNCERTAINTY__DISTRIBUTION = eINSTANCE.getUncertainty_Distribution();

		/**
		 * The meta object literal for the '<em><b>Draw Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY__DRAW_PER_YEAR = eINSTANCE.getUncertainty_DrawPerYear();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNCERTAINTY__DRIVER = eINSTANCE.getUncertainty_Driver();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY__STRENGTH = eINSTANCE.getUncertainty_Strength();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ScenarioImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OVERRIDES = eINSTANCE.getScenario_Overrides();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ScenarioOverrideImpl <em>Scenario Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ScenarioOverrideImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getScenarioOverride()
		 * @generated
		 */
		EClass SCENARIO_OVERRIDE = eINSTANCE.getScenarioOverride();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_OVERRIDE__TARGET = eINSTANCE.getScenarioOverride_Target();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__ATTRIBUTE = eINSTANCE.getScenarioOverride_Attribute();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__INDEX = eINSTANCE.getScenarioOverride_Index();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__MODE = eINSTANCE.getScenarioOverride_Mode();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__VALUE = eINSTANCE.getScenarioOverride_Value();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ActivityImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__DURATION_MINUTES = eINSTANCE.getActivity_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__ATTENDEES = eINSTANCE.getActivity_Attendees();

		/**
		 * The meta object literal for the '<em><b>Required Equipment</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__REQUIRED_EQUIPMENT = eINSTANCE.getActivity_RequiredEquipment();

		/**
		 * The meta object literal for the '<em><b>Allowed Days</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__ALLOWED_DAYS = eINSTANCE.getActivity_AllowedDays();

		/**
		 * The meta object literal for the '<em><b>Earliest Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__EARLIEST_START = eINSTANCE.getActivity_EarliestStart();

		/**
		 * The meta object literal for the '<em><b>Latest End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__LATEST_END = eINSTANCE.getActivity_LatestEnd();

		/**
		 * The meta object literal for the '<em><b>Preferred Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__PREFERRED_START = eINSTANCE.getActivity_PreferredStart();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__PRIORITY = eINSTANCE.getActivity_Priority();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__VALUE = eINSTANCE.getActivity_Value();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__MANDATORY = eINSTANCE.getActivity_Mandatory();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.SpacePlanSettingsImpl <em>Space Plan Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.SpacePlanSettingsImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getSpacePlanSettings()
		 * @generated
		 */
		EClass SPACE_PLAN_SETTINGS = eINSTANCE.getSpacePlanSettings();

		/**
		 * The meta object literal for the '<em><b>Minimum Resident Desks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS = eINSTANCE.getSpacePlanSettings_MinimumResidentDesks();

		/**
		 * The meta object literal for the '<em><b>Minimum Public Hours Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK = eINSTANCE.getSpacePlanSettings_MinimumPublicHoursPerWeek();

		/**
		 * The meta object literal for the '<em><b>Result Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_PLAN_SETTINGS__RESULT_WEIGHT = eINSTANCE.getSpacePlanSettings_ResultWeight();

		/**
		 * The meta object literal for the '<em><b>Public Hours Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT = eINSTANCE.getSpacePlanSettings_PublicHoursWeight();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT = eINSTANCE.getSpacePlanSettings_BeneficiariesWeight();

		/**
		 * The meta object literal for the '<em><b>Solidarity Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT = eINSTANCE.getSpacePlanSettings_SolidarityWeight();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.ActualAccountsImpl <em>Actual Accounts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.ActualAccountsImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getActualAccounts()
		 * @generated
		 */
		EClass ACTUAL_ACCOUNTS = eINSTANCE.getActualAccounts();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTUAL_ACCOUNTS__SOURCE = eINSTANCE.getActualAccounts_Source();

		/**
		 * The meta object literal for the '<em><b>Balances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTUAL_ACCOUNTS__BALANCES = eINSTANCE.getActualAccounts_Balances();

		/**
		 * The meta object literal for the '<em><b>Cash</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTUAL_ACCOUNTS__CASH = eINSTANCE.getActualAccounts_Cash();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTUAL_ACCOUNTS__MAPPINGS = eINSTANCE.getActualAccounts_Mappings();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.AccountBalanceImpl <em>Account Balance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.AccountBalanceImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getAccountBalance()
		 * @generated
		 */
		EClass ACCOUNT_BALANCE = eINSTANCE.getAccountBalance();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_BALANCE__ACCOUNT = eINSTANCE.getAccountBalance_Account();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_BALANCE__LABEL = eINSTANCE.getAccountBalance_Label();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_BALANCE__MONTH = eINSTANCE.getAccountBalance_Month();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_BALANCE__AMOUNT = eINSTANCE.getAccountBalance_Amount();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.CashBalanceImpl <em>Cash Balance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.CashBalanceImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getCashBalance()
		 * @generated
		 */
		EClass CASH_BALANCE = eINSTANCE.getCashBalance();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASH_BALANCE__MONTH = eINSTANCE.getCashBalance_Month();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASH_BALANCE__AMOUNT = eINSTANCE.getCashBalance_Amount();

		/**
		 * The meta object literal for the '{@link org.perenne.model.impl.AccountMappingImpl <em>Account Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.impl.AccountMappingImpl
		 * @see org.perenne.model.impl.PerennePackageImpl#getAccountMapping()
		 * @generated
		 */
		EClass ACCOUNT_MAPPING = eINSTANCE.getAccountMapping();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_MAPPING__ACCOUNT = eINSTANCE.getAccountMapping_Account();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_MAPPING__LINE = eINSTANCE.getAccountMapping_Line();

		/**
		 * The meta object literal for the '{@link org.perenne.model.LegalForm <em>Legal Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.LegalForm
		 * @see org.perenne.model.impl.PerennePackageImpl#getLegalForm()
		 * @generated
		 */
		EEnum LEGAL_FORM = eINSTANCE.getLegalForm();

		/**
		 * The meta object literal for the '{@link org.perenne.model.SegmentKind <em>Segment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.SegmentKind
		 * @see org.perenne.model.impl.PerennePackageImpl#getSegmentKind()
		 * @generated
		 */
		EEnum SEGMENT_KIND = eINSTANCE.getSegmentKind();

		/**
		 * The meta object literal for the '{@link org.perenne.model.RoomFunction <em>Room Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.RoomFunction
		 * @see org.perenne.model.impl.PerennePackageImpl#getRoomFunction()
		 * @generated
		 */
		EEnum ROOM_FUNCTION = eINSTANCE.getRoomFunction();

		/**
		 * The meta object literal for the '{@link org.perenne.model.Equipment <em>Equipment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.Equipment
		 * @see org.perenne.model.impl.PerennePackageImpl#getEquipment()
		 * @generated
		 */
		EEnum EQUIPMENT = eINSTANCE.getEquipment();

		/**
		 * The meta object literal for the '{@link org.perenne.model.DayOfWeek <em>Day Of Week</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.DayOfWeek
		 * @see org.perenne.model.impl.PerennePackageImpl#getDayOfWeek()
		 * @generated
		 */
		EEnum DAY_OF_WEEK = eINSTANCE.getDayOfWeek();

		/**
		 * The meta object literal for the '{@link org.perenne.model.VisitUnit <em>Visit Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.VisitUnit
		 * @see org.perenne.model.impl.PerennePackageImpl#getVisitUnit()
		 * @generated
		 */
		EEnum VISIT_UNIT = eINSTANCE.getVisitUnit();

		/**
		 * The meta object literal for the '{@link org.perenne.model.ServiceKind <em>Service Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.ServiceKind
		 * @see org.perenne.model.impl.PerennePackageImpl#getServiceKind()
		 * @generated
		 */
		EEnum SERVICE_KIND = eINSTANCE.getServiceKind();

		/**
		 * The meta object literal for the '{@link org.perenne.model.CostCategory <em>Cost Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.CostCategory
		 * @see org.perenne.model.impl.PerennePackageImpl#getCostCategory()
		 * @generated
		 */
		EEnum COST_CATEGORY = eINSTANCE.getCostCategory();

		/**
		 * The meta object literal for the '{@link org.perenne.model.FunderLevel <em>Funder Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.FunderLevel
		 * @see org.perenne.model.impl.PerennePackageImpl#getFunderLevel()
		 * @generated
		 */
		EEnum FUNDER_LEVEL = eINSTANCE.getFunderLevel();

		/**
		 * The meta object literal for the '{@link org.perenne.model.GrantKind <em>Grant Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.GrantKind
		 * @see org.perenne.model.impl.PerennePackageImpl#getGrantKind()
		 * @generated
		 */
		EEnum GRANT_KIND = eINSTANCE.getGrantKind();

		/**
		 * The meta object literal for the '{@link org.perenne.model.PaymentMode <em>Payment Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.PaymentMode
		 * @see org.perenne.model.impl.PerennePackageImpl#getPaymentMode()
		 * @generated
		 */
		EEnum PAYMENT_MODE = eINSTANCE.getPaymentMode();

		/**
		 * The meta object literal for the '{@link org.perenne.model.ImpactMetric <em>Impact Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.ImpactMetric
		 * @see org.perenne.model.impl.PerennePackageImpl#getImpactMetric()
		 * @generated
		 */
		EEnum IMPACT_METRIC = eINSTANCE.getImpactMetric();

		/**
		 * The meta object literal for the '{@link org.perenne.model.DistributionKind <em>Distribution Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.DistributionKind
		 * @see org.perenne.model.impl.PerennePackageImpl#getDistributionKind()
		 * @generated
		 */
		EEnum DISTRIBUTION_KIND = eINSTANCE.getDistributionKind();

		/**
		 * The meta object literal for the '{@link org.perenne.model.OverrideMode <em>Override Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.OverrideMode
		 * @see org.perenne.model.impl.PerennePackageImpl#getOverrideMode()
		 * @generated
		 */
		EEnum OVERRIDE_MODE = eINSTANCE.getOverrideMode();

		/**
		 * The meta object literal for the '{@link org.perenne.model.ActivityPriority <em>Activity Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.perenne.model.ActivityPriority
		 * @see org.perenne.model.impl.PerennePackageImpl#getActivityPriority()
		 * @generated
		 */
		EEnum ACTIVITY_PRIORITY = eINSTANCE.getActivityPriority();

		/**
		 * The meta object literal for the '<em>Year Month</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.YearMonth
		 * @see org.perenne.model.impl.PerennePackageImpl#getYearMonth()
		 * @generated
		 */
		EDataType YEAR_MONTH = eINSTANCE.getYearMonth();

		/**
		 * The meta object literal for the '<em>Time Of Day</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see org.perenne.model.impl.PerennePackageImpl#getTimeOfDay()
		 * @generated
		 */
		EDataType TIME_OF_DAY = eINSTANCE.getTimeOfDay();

	}

} //PerennePackage
