/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.perenne.model.CostsBlock;
import org.perenne.model.FixedCost;
import org.perenne.model.Investment;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Costs Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.CostsBlockImpl#getFixedCosts <em>Fixed Costs</em>}</li>
 *   <li>{@link org.perenne.model.impl.CostsBlockImpl#getInvestments <em>Investments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CostsBlockImpl extends CanvasBlockImpl implements CostsBlock {
	/**
	 * The cached value of the '{@link #getFixedCosts() <em>Fixed Costs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<FixedCost> fixedCosts;

	/**
	 * The cached value of the '{@link #getInvestments() <em>Investments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestments()
	 * @generated
	 * @ordered
	 */
	protected EList<Investment> investments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CostsBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.COSTS_BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FixedCost> getFixedCosts() {
		if (fixedCosts == null) {
			fixedCosts = new EObjectContainmentEList<FixedCost>(FixedCost.class, this, PerennePackage.COSTS_BLOCK__FIXED_COSTS);
		}
		return fixedCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Investment> getInvestments() {
		if (investments == null) {
			investments = new EObjectContainmentEList<Investment>(Investment.class, this, PerennePackage.COSTS_BLOCK__INVESTMENTS);
		}
		return investments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.COSTS_BLOCK__FIXED_COSTS:
				return ((InternalEList<?>)getFixedCosts()).basicRemove(otherEnd, msgs);
			case PerennePackage.COSTS_BLOCK__INVESTMENTS:
				return ((InternalEList<?>)getInvestments()).basicRemove(otherEnd, msgs);
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
			case PerennePackage.COSTS_BLOCK__FIXED_COSTS:
				return getFixedCosts();
			case PerennePackage.COSTS_BLOCK__INVESTMENTS:
				return getInvestments();
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
			case PerennePackage.COSTS_BLOCK__FIXED_COSTS:
				getFixedCosts().clear();
				getFixedCosts().addAll((Collection<? extends FixedCost>)newValue);
				return;
			case PerennePackage.COSTS_BLOCK__INVESTMENTS:
				getInvestments().clear();
				getInvestments().addAll((Collection<? extends Investment>)newValue);
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
			case PerennePackage.COSTS_BLOCK__FIXED_COSTS:
				getFixedCosts().clear();
				return;
			case PerennePackage.COSTS_BLOCK__INVESTMENTS:
				getInvestments().clear();
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
			case PerennePackage.COSTS_BLOCK__FIXED_COSTS:
				return fixedCosts != null && !fixedCosts.isEmpty();
			case PerennePackage.COSTS_BLOCK__INVESTMENTS:
				return investments != null && !investments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CostsBlockImpl
