/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.perenne.model.PerennePackage;
import org.perenne.model.SpacePlanSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Space Plan Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.SpacePlanSettingsImpl#getMinimumResidentDesks <em>Minimum Resident Desks</em>}</li>
 *   <li>{@link org.perenne.model.impl.SpacePlanSettingsImpl#getMinimumPublicHoursPerWeek <em>Minimum Public Hours Per Week</em>}</li>
 *   <li>{@link org.perenne.model.impl.SpacePlanSettingsImpl#getResultWeight <em>Result Weight</em>}</li>
 *   <li>{@link org.perenne.model.impl.SpacePlanSettingsImpl#getPublicHoursWeight <em>Public Hours Weight</em>}</li>
 *   <li>{@link org.perenne.model.impl.SpacePlanSettingsImpl#getBeneficiariesWeight <em>Beneficiaries Weight</em>}</li>
 *   <li>{@link org.perenne.model.impl.SpacePlanSettingsImpl#getSolidarityWeight <em>Solidarity Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpacePlanSettingsImpl extends EObjectImpl implements SpacePlanSettings {
	/**
	 * The default value of the '{@link #getMinimumResidentDesks() <em>Minimum Resident Desks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumResidentDesks()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_RESIDENT_DESKS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumResidentDesks() <em>Minimum Resident Desks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumResidentDesks()
	 * @generated
	 * @ordered
	 */
	protected int minimumResidentDesks = MINIMUM_RESIDENT_DESKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumPublicHoursPerWeek() <em>Minimum Public Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumPublicHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final double MINIMUM_PUBLIC_HOURS_PER_WEEK_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinimumPublicHoursPerWeek() <em>Minimum Public Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumPublicHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected double minimumPublicHoursPerWeek = MINIMUM_PUBLIC_HOURS_PER_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getResultWeight() <em>Result Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double RESULT_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getResultWeight() <em>Result Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultWeight()
	 * @generated
	 * @ordered
	 */
	protected double resultWeight = RESULT_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicHoursWeight() <em>Public Hours Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicHoursWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double PUBLIC_HOURS_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPublicHoursWeight() <em>Public Hours Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicHoursWeight()
	 * @generated
	 * @ordered
	 */
	protected double publicHoursWeight = PUBLIC_HOURS_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeneficiariesWeight() <em>Beneficiaries Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiariesWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double BENEFICIARIES_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBeneficiariesWeight() <em>Beneficiaries Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiariesWeight()
	 * @generated
	 * @ordered
	 */
	protected double beneficiariesWeight = BENEFICIARIES_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSolidarityWeight() <em>Solidarity Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidarityWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double SOLIDARITY_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSolidarityWeight() <em>Solidarity Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidarityWeight()
	 * @generated
	 * @ordered
	 */
	protected double solidarityWeight = SOLIDARITY_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpacePlanSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.SPACE_PLAN_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumResidentDesks() {
		return minimumResidentDesks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumResidentDesks(int newMinimumResidentDesks) {
		int oldMinimumResidentDesks = minimumResidentDesks;
		minimumResidentDesks = newMinimumResidentDesks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS, oldMinimumResidentDesks, minimumResidentDesks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinimumPublicHoursPerWeek() {
		return minimumPublicHoursPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumPublicHoursPerWeek(double newMinimumPublicHoursPerWeek) {
		double oldMinimumPublicHoursPerWeek = minimumPublicHoursPerWeek;
		minimumPublicHoursPerWeek = newMinimumPublicHoursPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK, oldMinimumPublicHoursPerWeek, minimumPublicHoursPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getResultWeight() {
		return resultWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResultWeight(double newResultWeight) {
		double oldResultWeight = resultWeight;
		resultWeight = newResultWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SPACE_PLAN_SETTINGS__RESULT_WEIGHT, oldResultWeight, resultWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPublicHoursWeight() {
		return publicHoursWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicHoursWeight(double newPublicHoursWeight) {
		double oldPublicHoursWeight = publicHoursWeight;
		publicHoursWeight = newPublicHoursWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT, oldPublicHoursWeight, publicHoursWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeneficiariesWeight() {
		return beneficiariesWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiariesWeight(double newBeneficiariesWeight) {
		double oldBeneficiariesWeight = beneficiariesWeight;
		beneficiariesWeight = newBeneficiariesWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT, oldBeneficiariesWeight, beneficiariesWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSolidarityWeight() {
		return solidarityWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolidarityWeight(double newSolidarityWeight) {
		double oldSolidarityWeight = solidarityWeight;
		solidarityWeight = newSolidarityWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT, oldSolidarityWeight, solidarityWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS:
				return getMinimumResidentDesks();
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK:
				return getMinimumPublicHoursPerWeek();
			case PerennePackage.SPACE_PLAN_SETTINGS__RESULT_WEIGHT:
				return getResultWeight();
			case PerennePackage.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT:
				return getPublicHoursWeight();
			case PerennePackage.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT:
				return getBeneficiariesWeight();
			case PerennePackage.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT:
				return getSolidarityWeight();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS:
				setMinimumResidentDesks((Integer)newValue);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK:
				setMinimumPublicHoursPerWeek((Double)newValue);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__RESULT_WEIGHT:
				setResultWeight((Double)newValue);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT:
				setPublicHoursWeight((Double)newValue);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT:
				setBeneficiariesWeight((Double)newValue);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT:
				setSolidarityWeight((Double)newValue);
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
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS:
				setMinimumResidentDesks(MINIMUM_RESIDENT_DESKS_EDEFAULT);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK:
				setMinimumPublicHoursPerWeek(MINIMUM_PUBLIC_HOURS_PER_WEEK_EDEFAULT);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__RESULT_WEIGHT:
				setResultWeight(RESULT_WEIGHT_EDEFAULT);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT:
				setPublicHoursWeight(PUBLIC_HOURS_WEIGHT_EDEFAULT);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT:
				setBeneficiariesWeight(BENEFICIARIES_WEIGHT_EDEFAULT);
				return;
			case PerennePackage.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT:
				setSolidarityWeight(SOLIDARITY_WEIGHT_EDEFAULT);
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
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS:
				return minimumResidentDesks != MINIMUM_RESIDENT_DESKS_EDEFAULT;
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK:
				return minimumPublicHoursPerWeek != MINIMUM_PUBLIC_HOURS_PER_WEEK_EDEFAULT;
			case PerennePackage.SPACE_PLAN_SETTINGS__RESULT_WEIGHT:
				return resultWeight != RESULT_WEIGHT_EDEFAULT;
			case PerennePackage.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT:
				return publicHoursWeight != PUBLIC_HOURS_WEIGHT_EDEFAULT;
			case PerennePackage.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT:
				return beneficiariesWeight != BENEFICIARIES_WEIGHT_EDEFAULT;
			case PerennePackage.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT:
				return solidarityWeight != SOLIDARITY_WEIGHT_EDEFAULT;
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
		result.append(" (minimumResidentDesks: ");
		result.append(minimumResidentDesks);
		result.append(", minimumPublicHoursPerWeek: ");
		result.append(minimumPublicHoursPerWeek);
		result.append(", resultWeight: ");
		result.append(resultWeight);
		result.append(", publicHoursWeight: ");
		result.append(publicHoursWeight);
		result.append(", beneficiariesWeight: ");
		result.append(beneficiariesWeight);
		result.append(", solidarityWeight: ");
		result.append(solidarityWeight);
		result.append(')');
		return result.toString();
	}

} //SpacePlanSettingsImpl
