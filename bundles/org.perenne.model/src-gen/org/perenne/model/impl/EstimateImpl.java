/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.perenne.model.Estimate;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Estimate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.EstimateImpl#getLow <em>Low</em>}</li>
 *   <li>{@link org.perenne.model.impl.EstimateImpl#getLikely <em>Likely</em>}</li>
 *   <li>{@link org.perenne.model.impl.EstimateImpl#getHigh <em>High</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EstimateImpl extends EObjectImpl implements Estimate {
	/**
	 * The default value of the '{@link #getLow() <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected static final double LOW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLow() <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected double low = LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getLikely() <em>Likely</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikely()
	 * @generated
	 * @ordered
	 */
	protected static final double LIKELY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLikely() <em>Likely</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikely()
	 * @generated
	 * @ordered
	 */
	protected double likely = LIKELY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHigh() <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHigh() <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected double high = HIGH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EstimateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.ESTIMATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLow() {
		return low;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLow(double newLow) {
		double oldLow = low;
		low = newLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ESTIMATE__LOW, oldLow, low));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLikely() {
		return likely;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLikely(double newLikely) {
		double oldLikely = likely;
		likely = newLikely;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ESTIMATE__LIKELY, oldLikely, likely));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHigh() {
		return high;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHigh(double newHigh) {
		double oldHigh = high;
		high = newHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ESTIMATE__HIGH, oldHigh, high));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.ESTIMATE__LOW:
				return getLow();
			case PerennePackage.ESTIMATE__LIKELY:
				return getLikely();
			case PerennePackage.ESTIMATE__HIGH:
				return getHigh();
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
			case PerennePackage.ESTIMATE__LOW:
				setLow((Double)newValue);
				return;
			case PerennePackage.ESTIMATE__LIKELY:
				setLikely((Double)newValue);
				return;
			case PerennePackage.ESTIMATE__HIGH:
				setHigh((Double)newValue);
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
			case PerennePackage.ESTIMATE__LOW:
				setLow(LOW_EDEFAULT);
				return;
			case PerennePackage.ESTIMATE__LIKELY:
				setLikely(LIKELY_EDEFAULT);
				return;
			case PerennePackage.ESTIMATE__HIGH:
				setHigh(HIGH_EDEFAULT);
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
			case PerennePackage.ESTIMATE__LOW:
				return low != LOW_EDEFAULT;
			case PerennePackage.ESTIMATE__LIKELY:
				return likely != LIKELY_EDEFAULT;
			case PerennePackage.ESTIMATE__HIGH:
				return high != HIGH_EDEFAULT;
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
		result.append(" (low: ");
		result.append(low);
		result.append(", likely: ");
		result.append(likely);
		result.append(", high: ");
		result.append(high);
		result.append(')');
		return result.toString();
	}

} //EstimateImpl
