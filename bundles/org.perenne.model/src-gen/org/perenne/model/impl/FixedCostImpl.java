/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.CostCategory;
import org.perenne.model.CostLine;
import org.perenne.model.FixedCost;
import org.perenne.model.Indexed;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fixed Cost</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.FixedCostImpl#getIndexationRate <em>Indexation Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.FixedCostImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.perenne.model.impl.FixedCostImpl#getMonthlyAmount <em>Monthly Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FixedCostImpl extends ElementImpl implements FixedCost {
	/**
	 * The default value of the '{@link #getIndexationRate() <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexationRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double INDEXATION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndexationRate() <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexationRate()
	 * @generated
	 * @ordered
	 */
	protected Double indexationRate = INDEXATION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final CostCategory CATEGORY_EDEFAULT = CostCategory.RENT;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected CostCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthlyAmount() <em>Monthly Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyAmount()
	 * @generated
	 * @ordered
	 */
	protected static final double MONTHLY_AMOUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMonthlyAmount() <em>Monthly Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyAmount()
	 * @generated
	 * @ordered
	 */
	protected double monthlyAmount = MONTHLY_AMOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FixedCostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.FIXED_COST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getIndexationRate() {
		return indexationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndexationRate(Double newIndexationRate) {
		Double oldIndexationRate = indexationRate;
		indexationRate = newIndexationRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.FIXED_COST__INDEXATION_RATE, oldIndexationRate, indexationRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(CostCategory newCategory) {
		CostCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.FIXED_COST__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMonthlyAmount() {
		return monthlyAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyAmount(double newMonthlyAmount) {
		double oldMonthlyAmount = monthlyAmount;
		monthlyAmount = newMonthlyAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.FIXED_COST__MONTHLY_AMOUNT, oldMonthlyAmount, monthlyAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.FIXED_COST__INDEXATION_RATE:
				return getIndexationRate();
			case PerennePackage.FIXED_COST__CATEGORY:
				return getCategory();
			case PerennePackage.FIXED_COST__MONTHLY_AMOUNT:
				return getMonthlyAmount();
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
			case PerennePackage.FIXED_COST__INDEXATION_RATE:
				setIndexationRate((Double)newValue);
				return;
			case PerennePackage.FIXED_COST__CATEGORY:
				setCategory((CostCategory)newValue);
				return;
			case PerennePackage.FIXED_COST__MONTHLY_AMOUNT:
				setMonthlyAmount((Double)newValue);
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
			case PerennePackage.FIXED_COST__INDEXATION_RATE:
				setIndexationRate(INDEXATION_RATE_EDEFAULT);
				return;
			case PerennePackage.FIXED_COST__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case PerennePackage.FIXED_COST__MONTHLY_AMOUNT:
				setMonthlyAmount(MONTHLY_AMOUNT_EDEFAULT);
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
			case PerennePackage.FIXED_COST__INDEXATION_RATE:
				return INDEXATION_RATE_EDEFAULT == null ? indexationRate != null : !INDEXATION_RATE_EDEFAULT.equals(indexationRate);
			case PerennePackage.FIXED_COST__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case PerennePackage.FIXED_COST__MONTHLY_AMOUNT:
				return monthlyAmount != MONTHLY_AMOUNT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == CostLine.class) {
			switch (derivedFeatureID) {
				default: return -1;
			}
		}
		if (baseClass == Indexed.class) {
			switch (derivedFeatureID) {
				case PerennePackage.FIXED_COST__INDEXATION_RATE: return PerennePackage.INDEXED__INDEXATION_RATE;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == CostLine.class) {
			switch (baseFeatureID) {
				default: return -1;
			}
		}
		if (baseClass == Indexed.class) {
			switch (baseFeatureID) {
				case PerennePackage.INDEXED__INDEXATION_RATE: return PerennePackage.FIXED_COST__INDEXATION_RATE;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (indexationRate: ");
		result.append(indexationRate);
		result.append(", category: ");
		result.append(category);
		result.append(", monthlyAmount: ");
		result.append(monthlyAmount);
		result.append(')');
		return result.toString();
	}

} //FixedCostImpl
