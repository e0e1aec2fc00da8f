/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.PerennePackage;
import org.perenne.model.Volunteering;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volunteering</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.VolunteeringImpl#getHoursPerMonth <em>Hours Per Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.VolunteeringImpl#getHourlyValue <em>Hourly Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolunteeringImpl extends ElementImpl implements Volunteering {
	/**
	 * The default value of the '{@link #getHoursPerMonth() <em>Hours Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_MONTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHoursPerMonth() <em>Hours Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerMonth()
	 * @generated
	 * @ordered
	 */
	protected double hoursPerMonth = HOURS_PER_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHourlyValue() <em>Hourly Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHourlyValue()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURLY_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHourlyValue() <em>Hourly Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHourlyValue()
	 * @generated
	 * @ordered
	 */
	protected double hourlyValue = HOURLY_VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolunteeringImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.VOLUNTEERING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerMonth() {
		return hoursPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerMonth(double newHoursPerMonth) {
		double oldHoursPerMonth = hoursPerMonth;
		hoursPerMonth = newHoursPerMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.VOLUNTEERING__HOURS_PER_MONTH, oldHoursPerMonth, hoursPerMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHourlyValue() {
		return hourlyValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHourlyValue(double newHourlyValue) {
		double oldHourlyValue = hourlyValue;
		hourlyValue = newHourlyValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.VOLUNTEERING__HOURLY_VALUE, oldHourlyValue, hourlyValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.VOLUNTEERING__HOURS_PER_MONTH:
				return getHoursPerMonth();
			case PerennePackage.VOLUNTEERING__HOURLY_VALUE:
				return getHourlyValue();
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
			case PerennePackage.VOLUNTEERING__HOURS_PER_MONTH:
				setHoursPerMonth((Double)newValue);
				return;
			case PerennePackage.VOLUNTEERING__HOURLY_VALUE:
				setHourlyValue((Double)newValue);
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
			case PerennePackage.VOLUNTEERING__HOURS_PER_MONTH:
				setHoursPerMonth(HOURS_PER_MONTH_EDEFAULT);
				return;
			case PerennePackage.VOLUNTEERING__HOURLY_VALUE:
				setHourlyValue(HOURLY_VALUE_EDEFAULT);
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
			case PerennePackage.VOLUNTEERING__HOURS_PER_MONTH:
				return hoursPerMonth != HOURS_PER_MONTH_EDEFAULT;
			case PerennePackage.VOLUNTEERING__HOURLY_VALUE:
				return hourlyValue != HOURLY_VALUE_EDEFAULT;
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
		result.append(" (hoursPerMonth: ");
		result.append(hoursPerMonth);
		result.append(", hourlyValue: ");
		result.append(hourlyValue);
		result.append(')');
		return result.toString();
	}

} //VolunteeringImpl
