/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.ImpactIndicator;
import org.perenne.model.ImpactMetric;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Impact Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.ImpactIndicatorImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.perenne.model.impl.ImpactIndicatorImpl#getAnnualTarget <em>Annual Target</em>}</li>
 *   <li>{@link org.perenne.model.impl.ImpactIndicatorImpl#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImpactIndicatorImpl extends ElementImpl implements ImpactIndicator {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final ImpactMetric METRIC_EDEFAULT = ImpactMetric.BENEFICIARIES;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected ImpactMetric metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualTarget() <em>Annual Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualTarget() <em>Annual Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTarget()
	 * @generated
	 * @ordered
	 */
	protected double annualTarget = ANNUAL_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImpactIndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.IMPACT_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactMetric getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(ImpactMetric newMetric) {
		ImpactMetric oldMetric = metric;
		metric = newMetric == null ? METRIC_EDEFAULT : newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.IMPACT_INDICATOR__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualTarget() {
		return annualTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualTarget(double newAnnualTarget) {
		double oldAnnualTarget = annualTarget;
		annualTarget = newAnnualTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.IMPACT_INDICATOR__ANNUAL_TARGET, oldAnnualTarget, annualTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.IMPACT_INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.IMPACT_INDICATOR__METRIC:
				return getMetric();
			case PerennePackage.IMPACT_INDICATOR__ANNUAL_TARGET:
				return getAnnualTarget();
			case PerennePackage.IMPACT_INDICATOR__UNIT:
				return getUnit();
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
			case PerennePackage.IMPACT_INDICATOR__METRIC:
				setMetric((ImpactMetric)newValue);
				return;
			case PerennePackage.IMPACT_INDICATOR__ANNUAL_TARGET:
				setAnnualTarget((Double)newValue);
				return;
			case PerennePackage.IMPACT_INDICATOR__UNIT:
				setUnit((String)newValue);
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
			case PerennePackage.IMPACT_INDICATOR__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case PerennePackage.IMPACT_INDICATOR__ANNUAL_TARGET:
				setAnnualTarget(ANNUAL_TARGET_EDEFAULT);
				return;
			case PerennePackage.IMPACT_INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
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
			case PerennePackage.IMPACT_INDICATOR__METRIC:
				return metric != METRIC_EDEFAULT;
			case PerennePackage.IMPACT_INDICATOR__ANNUAL_TARGET:
				return annualTarget != ANNUAL_TARGET_EDEFAULT;
			case PerennePackage.IMPACT_INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", annualTarget: ");
		result.append(annualTarget);
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //ImpactIndicatorImpl
