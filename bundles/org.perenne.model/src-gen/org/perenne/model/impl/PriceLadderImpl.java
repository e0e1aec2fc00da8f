/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.perenne.model.PerennePackage;
import org.perenne.model.PriceLadder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Price Ladder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.PriceLadderImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.perenne.model.impl.PriceLadderImpl#getElasticity <em>Elasticity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriceLadderImpl extends EObjectImpl implements PriceLadder {
	/**
	 * The cached value of the '{@link #getLevels() <em>Levels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> levels;

	/**
	 * The default value of the '{@link #getElasticity() <em>Elasticity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElasticity()
	 * @generated
	 * @ordered
	 */
	protected static final double ELASTICITY_EDEFAULT = -0.5;

	/**
	 * The cached value of the '{@link #getElasticity() <em>Elasticity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElasticity()
	 * @generated
	 * @ordered
	 */
	protected double elasticity = ELASTICITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriceLadderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.PRICE_LADDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getLevels() {
		if (levels == null) {
			levels = new EDataTypeEList<Double>(Double.class, this, PerennePackage.PRICE_LADDER__LEVELS);
		}
		return levels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getElasticity() {
		return elasticity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElasticity(double newElasticity) {
		double oldElasticity = elasticity;
		elasticity = newElasticity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.PRICE_LADDER__ELASTICITY, oldElasticity, elasticity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.PRICE_LADDER__LEVELS:
				return getLevels();
			case PerennePackage.PRICE_LADDER__ELASTICITY:
				return getElasticity();
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
			case PerennePackage.PRICE_LADDER__LEVELS:
				getLevels().clear();
				getLevels().addAll((Collection<? extends Double>)newValue);
				return;
			case PerennePackage.PRICE_LADDER__ELASTICITY:
				setElasticity((Double)newValue);
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
			case PerennePackage.PRICE_LADDER__LEVELS:
				getLevels().clear();
				return;
			case PerennePackage.PRICE_LADDER__ELASTICITY:
				setElasticity(ELASTICITY_EDEFAULT);
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
			case PerennePackage.PRICE_LADDER__LEVELS:
				return levels != null && !levels.isEmpty();
			case PerennePackage.PRICE_LADDER__ELASTICITY:
				return elasticity != ELASTICITY_EDEFAULT;
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
		result.append(" (levels: ");
		result.append(levels);
		result.append(", elasticity: ");
		result.append(elasticity);
		result.append(')');
		return result.toString();
	}

} //PriceLadderImpl
